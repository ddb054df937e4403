package org.opendisclosure.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.search.relevance.Corpus;

/**
 * The recall promise of the bigram backbone: for many substrings of the corpus, typed as a
 * citizen would (no quotes), every document containing the substring is found. Substrings do not
 * cut a Latin word or a number in two (those are matched whole: 2025 finds 2025, 02 does not).
 */
class SubstringRecallTest {
  @Test
  void everyDocumentContainingTheTextIsFound() throws Exception {
    List<Corpus.Doc> corpus = Corpus.generate();
    Random random = new Random(7);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        DisclosureIndex index = DisclosureIndex.open(dir, TestDocs.CLOCK)) {
      corpus.forEach(d -> index.upsert(d.document()));
      index.refresh();
      int checked = 0;
      while (checked < 300) {
        Corpus.Doc source = corpus.get(random.nextInt(corpus.size()));
        String text = random.nextBoolean() ? source.document().title() : source.document().body();
        int length = 1 + random.nextInt(6);
        if (text.length() <= length) {
          continue;
        }
        int start = random.nextInt(text.length() - length);
        String sub = text.substring(start, start + length);
        if (!usable(text, start, start + length)) {
          continue;
        }
        Set<ItemId> expected = new HashSet<>();
        for (Corpus.Doc d : corpus) {
          if (containsWhole(d.document().title(), sub) || containsWhole(d.document().body(), sub)) {
            expected.add(d.document().id());
          }
        }
        Set<ItemId> found = new HashSet<>(TestDocs.ids(index, sub));
        assertThat(found).as("query %s", sub).containsAll(expected);
        checked++;
      }
      // the classic failure of dictionary segmentation does not happen here
      assertThat(TestDocs.ids(index, "青山")).hasSameElementsAs(TestDocs.ids(index, "青山镇"));
    }
  }

  /** Whether {@code text} contains {@code sub} somewhere without cutting a Latin word or number. */
  private static boolean containsWhole(String text, String sub) {
    for (int i = text.indexOf(sub); i >= 0; i = text.indexOf(sub, i + 1)) {
      boolean cutsStart = i > 0 && isWordChar(text.charAt(i - 1)) && isWordChar(text.charAt(i));
      int end = i + sub.length();
      boolean cutsEnd = end < text.length() && isWordChar(text.charAt(end - 1)) && isWordChar(text.charAt(end));
      if (!cutsStart && !cutsEnd) {
        return true;
      }
    }
    return false;
  }

  /** Has a letter or digit, no query syntax, and does not cut a Latin word or number. */
  private static boolean usable(String text, int start, int end) {
    String sub = text.substring(start, end);
    if (sub.chars().noneMatch(Character::isLetterOrDigit) || sub.contains("\"") || sub.startsWith("-")
        || sub.contains(" -") || sub.contains("OR") || sub.matches(".*[“”].*")) {
      return false;
    }
    boolean cutsStart = start > 0 && isWordChar(text.charAt(start - 1)) && isWordChar(text.charAt(start));
    boolean cutsEnd = end < text.length() && isWordChar(text.charAt(end - 1)) && isWordChar(text.charAt(end));
    return !cutsStart && !cutsEnd;
  }

  private static boolean isWordChar(char c) {
    return (c < 128 && Character.isLetterOrDigit(c)) || c == '.' || c == '%';
  }
}
