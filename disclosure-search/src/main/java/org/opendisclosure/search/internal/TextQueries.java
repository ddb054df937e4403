package org.opendisclosure.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.opendisclosure.search.Synonyms;

/**
 * Turns {@link ParsedText} into a Lucene query over title and body. A free-text word loses its
 * question words and particles ({@code question-words.txt}); each remaining segment matches as
 * an exact phrase (scored higher) or as enough of its bigrams, plus its domain synonyms as
 * phrases, and no segment is required on its own: documents matching more segments rank higher.
 * A quoted phrase is required verbatim. 文号 and 索引号 also match their exact keys. Thread-safe.
 */
public final class TextQueries {
  /** Title matches count this much more than body matches (tuned on the relevance set). */
  static final float TITLE_BOOST = 3f;
  /** An exact phrase counts this much more than scattered bigrams of it. */
  static final float PHRASE_BOOST = 2f;
  /** An exact 文号 or 索引号 outranks any text match. */
  static final float KEY_BOOST = 50f;

  private static final List<String> QUESTION_WORDS = loadQuestionWords();

  private final Analyzer analyzer;
  private final Synonyms synonyms;

  public TextQueries(Analyzer analyzer, Synonyms synonyms) {
    this.analyzer = analyzer;
    this.synonyms = synonyms;
  }

  /** The query for {@code text}: match-all when blank, match-nothing when nothing is searchable. */
  public TextQuery build(ParsedText text) {
    if (text.blank()) {
      return new TextQuery(new MatchAllDocsQuery(), false);
    }
    BooleanQuery.Builder main = new BooleanQuery.Builder();
    boolean positive = false;
    boolean dropSingles = hasLongSegment(text);
    for (List<ParsedText.Operand> group : text.groups()) {
      boolean required = group.stream().anyMatch(ParsedText.Operand::phrase);
      List<Query> alternatives = new ArrayList<>();
      for (ParsedText.Operand operand : group) {
        if (operand.phrase()) {
          Query q = exactWithKeys(operand.text());
          if (q != null) {
            alternatives.add(q);
          }
        } else {
          alternatives.addAll(word(operand.text(), dropSingles));
        }
      }
      if (alternatives.isEmpty()) {
        continue;
      }
      positive = true;
      if (required) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        alternatives.forEach(q -> any.add(q, Occur.SHOULD));
        main.add(any.build(), Occur.MUST);
      } else {
        alternatives.forEach(q -> main.add(q, Occur.SHOULD));
      }
    }
    boolean excluded = false;
    for (String exclusion : text.exclusions()) {
      Query q = exact(tokens(exclusion), 1f);
      if (q != null) {
        main.add(q, Occur.MUST_NOT);
        excluded = true;
      }
    }
    if (!positive) {
      if (!excluded) {
        return new TextQuery(new MatchNoDocsQuery("nothing searchable in the text"), false);
      }
      main.add(new MatchAllDocsQuery(), Occur.MUST);
      return new TextQuery(main.build(), false);
    }
    return new TextQuery(main.build(), true);
  }

  /** The Lucene query and whether it scores by text (else a date sort makes more sense). */
  public record TextQuery(Query query, boolean scored) {}

  /** One query per segment of a free-text word, each optional. */
  private List<Query> word(String text, boolean dropSingles) {
    List<Query> queries = new ArrayList<>();
    Query key = keys(text);
    if (key != null) {
      queries.add(key);
    }
    String folded = TextFolding.foldKey(text);
    List<String> segments = segments(folded);
    if (segments.isEmpty()) {
      segments = List.of(folded); // nothing but question words: search them as typed
    }
    for (String segment : segments) {
      if (dropSingles && isSingleHan(segment)) {
        continue;
      }
      List<Tok> toks = tokens(segment);
      if (toks.isEmpty()) {
        continue;
      }
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      any.add(exact(toks, toks.size() > 1 ? PHRASE_BOOST : 1f), Occur.SHOULD);
      if (toks.size() > 1) {
        BooleanQuery.Builder bag = new BooleanQuery.Builder();
        for (Tok t : toks) {
          bag.add(term(t.term()), Occur.SHOULD);
        }
        bag.setMinimumNumberShouldMatch((toks.size() + 2) / 3);
        any.add(bag.build(), Occur.SHOULD);
      }
      for (String synonym : synonymsIn(segment)) {
        Query q = exact(tokens(synonym), toks.size() > 1 ? PHRASE_BOOST : 1f);
        if (q != null) {
          any.add(q, Occur.SHOULD);
        }
      }
      queries.add(any.build());
    }
    return queries;
  }

  /** A quoted phrase: the exact text, its synonyms as a whole, or its exact key. */
  private Query exactWithKeys(String text) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    boolean some = false;
    Query exact = exact(tokens(text), 1f);
    if (exact != null) {
      any.add(exact, Occur.SHOULD);
      some = true;
    }
    for (String synonym : synonyms.expansions(text)) {
      Query q = exact(tokens(synonym), 1f);
      if (q != null) {
        any.add(q, Occur.SHOULD);
        some = true;
      }
    }
    Query key = keys(text);
    if (key != null) {
      any.add(key, Occur.SHOULD);
      some = true;
    }
    return some ? any.build() : null;
  }

  /** Exact 文号 / 索引号 lookups, only for texts with a digit (every such key has one). */
  private static Query keys(String text) {
    if (text.chars().noneMatch(Character::isDigit)) {
      return null;
    }
    String key = Keys.normalize(text);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    any.add(new BoostQuery(new TermQuery(new Term(Fields.DOCUMENT_NUMBER_KEY, key)), KEY_BOOST), Occur.SHOULD);
    any.add(new BoostQuery(new TermQuery(new Term(Fields.INDEX_NUMBER_KEY, key)), KEY_BOOST), Occur.SHOULD);
    return any.build();
  }

  /** The tokens as a phrase in title (boosted) or body; a single token as a term. */
  private static Query exact(List<Tok> toks, float boost) {
    if (toks.isEmpty()) {
      return null;
    }
    Query title;
    Query body;
    if (toks.size() == 1) {
      title = new TermQuery(new Term(Fields.TITLE, toks.get(0).term()));
      body = new TermQuery(new Term(Fields.BODY, toks.get(0).term()));
    } else {
      PhraseQuery.Builder t = new PhraseQuery.Builder();
      PhraseQuery.Builder b = new PhraseQuery.Builder();
      for (Tok tok : toks) {
        t.add(new Term(Fields.TITLE, tok.term()), tok.position());
        b.add(new Term(Fields.BODY, tok.term()), tok.position());
      }
      title = t.build();
      body = b.build();
    }
    // The boost goes on each clause, not around the pair, which scores the same (Lucene multiplies
    // boosts down to the terms) but leaves a plain disjunction that Lucene flattens into the
    // enclosing one: one bulk scorer per segment instead of one per level.
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    either.add(new BoostQuery(title, boost * TITLE_BOOST), Occur.SHOULD);
    either.add(boost == 1f ? body : new BoostQuery(body, boost), Occur.SHOULD);
    return either.build();
  }

  private static Query term(String term) {
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    either.add(new BoostQuery(new TermQuery(new Term(Fields.TITLE, term)), TITLE_BOOST), Occur.SHOULD);
    either.add(new TermQuery(new Term(Fields.BODY, term)), Occur.SHOULD);
    return either.build();
  }

  private List<String> synonymsIn(String foldedSegment) {
    List<String> out = new ArrayList<>();
    for (String key : synonyms.terms()) {
      if (foldedSegment.contains(key)) {
        out.addAll(synonyms.expansions(key));
      }
    }
    return out;
  }

  private boolean hasLongSegment(ParsedText text) {
    for (List<ParsedText.Operand> group : text.groups()) {
      for (ParsedText.Operand operand : group) {
        if (operand.phrase()) {
          return true;
        }
        for (String segment : segments(TextFolding.foldKey(operand.text()))) {
          if (!isSingleHan(segment) && !tokens(segment).isEmpty()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isSingleHan(String segment) {
    String s = segment.strip();
    return s.length() == 1 && Character.UnicodeScript.of(s.charAt(0)) == Character.UnicodeScript.HAN;
  }

  /** {@code folded} without its question words, as the runs between them. */
  static List<String> segments(String folded) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int i = 0;
    while (i < folded.length()) {
      String match = null;
      for (String q : QUESTION_WORDS) {
        if (folded.startsWith(q, i)) {
          match = q;
          break;
        }
      }
      if (match != null) {
        flush(current, out);
        i += match.length();
      } else {
        current.append(folded.charAt(i++));
      }
    }
    flush(current, out);
    return out;
  }

  private static void flush(StringBuilder current, List<String> out) {
    if (!current.toString().isBlank()) {
      out.add(current.toString());
    }
    current.setLength(0);
  }

  /** A token of the analysed query and its position. */
  record Tok(String term, int position) {}

  /**
   * The query's tokens as the index has them: bigrams, plus single characters only where no bigram
   * covers them (a lone Han character, a Latin word, a number), with index positions so phrases
   * line up with the indexed unigram+bigram stream.
   */
  List<Tok> tokens(String text) {
    List<Tok> all = new ArrayList<>();
    List<String> types = new ArrayList<>();
    BitSet covered = new BitSet();
    try (TokenStream ts = analyzer.tokenStream(Fields.BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        all.add(new Tok(term.toString(), pos));
        types.add(type.type());
        if (CJKBigramFilter.DOUBLE_TYPE.equals(type.type())) {
          covered.set(pos, pos + 2);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Tok> kept = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      boolean single = CJKBigramFilter.SINGLE_TYPE.equals(types.get(i));
      if (!single || !covered.get(all.get(i).position())) {
        kept.add(all.get(i));
      }
    }
    return kept;
  }

  private static List<String> loadQuestionWords() {
    try (InputStream in = TextQueries.class.getResourceAsStream("question-words.txt")) {
      if (in == null) {
        throw new IllegalStateException("question-words.txt is missing from the classpath");
      }
      List<String> words = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(TextFolding.foldKey(w));
        }
      }
      words.sort(Comparator.comparingInt(String::length).reversed());
      return List.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
