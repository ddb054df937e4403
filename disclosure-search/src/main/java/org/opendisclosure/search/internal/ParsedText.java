package org.opendisclosure.search.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.opendisclosure.core.ValidationException;

/**
 * A citizen's query text split into operands: words, {@code "phrases"}, {@code -exclusions} and
 * {@code OR} groups. Nothing else is syntax: wildcards, regular expressions, fuzzy marks and
 * parentheses stay in the words as plain characters (the analyzer drops them). Immutable.
 *
 * @param groups the positive groups; the operands of one group were joined by {@code OR}
 * @param exclusions the texts to exclude
 * @param blank whether the text had no content at all (not even punctuation)
 */
public record ParsedText(List<List<Operand>> groups, List<String> exclusions, boolean blank) {
  /** Most operands in one query. */
  public static final int MAX_OPERANDS = 32;

  /** A word (free text, question words dropped later) or an exact phrase. */
  public record Operand(String text, boolean phrase) {}

  public ParsedText {
    groups = groups.stream().map(List::copyOf).toList();
    exclusions = List.copyOf(exclusions);
  }

  /** Splits {@code text}; throws {@link ValidationException} on {@code text} when it is too big. */
  public static ParsedText parse(String text) {
    String clean = clean(text);
    List<List<Operand>> groups = new ArrayList<>();
    List<String> exclusions = new ArrayList<>();
    boolean pendingOr = false;
    boolean lastWasPositive = false;
    int operands = 0;
    int i = 0;
    int n = clean.length();
    while (i < n) {
      char c = clean.charAt(i);
      if (isSeparator(c)) {
        i++;
        continue;
      }
      boolean negated = false;
      if (c == '-' && i + 1 < n && !isSeparator(clean.charAt(i + 1))) {
        negated = true;
        i++;
      }
      String operand;
      boolean phrase;
      if (clean.charAt(i) == '"') {
        int close = clean.indexOf('"', i + 1);
        int end = close < 0 ? n : close;
        operand = clean.substring(i + 1, end).strip();
        phrase = true;
        i = close < 0 ? n : close + 1;
      } else {
        int start = i;
        while (i < n && !isSeparator(clean.charAt(i)) && clean.charAt(i) != '"') {
          i++;
        }
        operand = clean.substring(start, i);
        phrase = false;
        if (!negated && operand.equals("OR")) {
          pendingOr = lastWasPositive;
          continue;
        }
      }
      if (operand.isBlank()) {
        continue;
      }
      if (++operands > MAX_OPERANDS) {
        throw ValidationException.of("text", "at most " + MAX_OPERANDS + " words or phrases");
      }
      if (negated) {
        exclusions.add(operand);
        lastWasPositive = false;
      } else {
        Operand o = new Operand(operand, phrase);
        if (pendingOr && !groups.isEmpty()) {
          groups.get(groups.size() - 1).add(o);
        } else {
          List<Operand> group = new ArrayList<>();
          group.add(o);
          groups.add(group);
        }
        lastWasPositive = true;
      }
      pendingOr = false;
    }
    return new ParsedText(groups, exclusions, clean.isBlank());
  }

  /** NFKC (full-width quotes and minus become ASCII), control and format characters → space. */
  static String clean(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      int type = Character.getType(c);
      if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.UNASSIGNED
          || type == Character.PRIVATE_USE) {
        out.append(' ');
      } else if (Character.isSurrogate(c)) {
        // unpaired or paired alike: characters outside the BMP never reach the index unmatched
        out.append(Character.isHighSurrogate(c) && i + 1 < nfkc.length()
            && Character.isLowSurrogate(nfkc.charAt(i + 1)) ? nfkc.substring(i, ++i + 1) : " ");
      } else if (c == '“' || c == '”') {
        out.append('"');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whitespace and sentence punctuation separate words; brackets and '/' do not (文号, 索引号). */
  static boolean isSeparator(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c)
        || "，。？！；：、,?!;:…".indexOf(c) >= 0;
  }
}
