package org.opendisclosure.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The snippet scorer must rank passages exactly as Lucene's default scorer does. */
class LeanPassageScorerTest {
  @Test
  void scoresEveryPassageExactlyAsLucenesDefault() {
    PassageScorer lucene = new PassageScorer();
    PassageScorer lean = new Snippets.LeanPassageScorer();
    Random random = new Random(20260310L);
    String[] vocabulary = {"低保", "保障", "公示", "征地", "补偿", "安置", "预算", "abc", "2024"};
    for (int round = 0; round < 5_000; round++) {
      Passage passage = new Passage();
      int start = random.nextInt(5_000);
      int length = 1 + random.nextInt(300);
      passage.setStartOffset(start);
      passage.setEndOffset(start + length);
      int matches = random.nextInt(40);
      int distinct = 1 + random.nextInt(vocabulary.length);
      int[] freqInDoc = new int[vocabulary.length];
      for (int t = 0; t < vocabulary.length; t++) {
        freqInDoc[t] = 1 + random.nextInt(60);
      }
      int offset = start;
      for (int m = 0; m < matches && offset + 2 <= start + length; m++) {
        int t = random.nextInt(distinct);
        // a fresh BytesRef each time, as the highlighter gives: equal bytes, different objects
        passage.addMatch(offset, offset + 2, new BytesRef(vocabulary[t]), freqInDoc[t]);
        offset += 1 + random.nextInt(6);
      }
      int contentLength = start + length + random.nextInt(20_000);
      assertEquals(lucene.score(passage, contentLength), lean.score(passage, contentLength), 0f,
          "round " + round + ": " + passage);
    }
  }
}
