package org.opendisclosure.bench.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A body under construction: the random source of one notice, its text so far and the helpers the
 * writers share (choices, amounts, dates and numerals as notices print them). Not thread-safe; one
 * per notice.
 */
final class Prose {
  static final int MIN_LENGTH = 300;
  static final int MAX_LENGTH = 3000;
  private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

  final SplittableRandom random;
  /** The length the body should reach; writers keep adding sections until it does. */
  final int target;
  private final StringBuilder text = new StringBuilder(4096);

  Prose(SplittableRandom random) {
    this.random = random;
    // Most notices are short and a few are long, as on a real portal.
    double r = random.nextDouble();
    this.target = MIN_LENGTH + (int) ((MAX_LENGTH - MIN_LENGTH - 200) * Math.pow(r, 1.6));
  }

  boolean full() {
    return text.length() >= target;
  }

  int length() {
    return text.length();
  }

  /** Appends one paragraph (a line of the body). */
  Prose line(String paragraph) {
    if (text.length() > 0) {
      text.append('\n');
    }
    text.append(paragraph);
    return this;
  }

  /** The body: at least {@link #MIN_LENGTH} characters, cut after a sentence below {@link #MAX_LENGTH}. */
  String body(List<String> filler) {
    while (text.length() < MIN_LENGTH) {
      line(pick(filler));
    }
    if (text.length() <= MAX_LENGTH) {
      return text.toString();
    }
    int cut = text.lastIndexOf("。", MAX_LENGTH - 1);
    int lineCut = text.lastIndexOf("\n", MAX_LENGTH - 1);
    int end = Math.max(cut + 1, lineCut);
    return end >= MIN_LENGTH ? text.substring(0, end) : text.substring(0, MAX_LENGTH);
  }

  String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  /**
   * The options in a random order, dealt again in a new order when they run out: paragraphs of a
   * long document do not repeat until every one has been used.
   */
  java.util.Iterator<String> deal(String[] options) {
    String[] deck = options.clone();
    return new java.util.Iterator<>() {
      private int next = deck.length;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public String next() {
        if (next == deck.length) {
          for (int i = deck.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String t = deck[i];
            deck[i] = deck[j];
            deck[j] = t;
          }
          next = 0;
        }
        return deck[next++];
      }
    };
  }

  int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** A random amount between {@code min} and {@code max} with {@code scale} decimals. */
  BigDecimal money(double min, double max, int scale) {
    return BigDecimal.valueOf(min + (max - min) * random.nextDouble()).setScale(scale, RoundingMode.HALF_UP);
  }

  static String date(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  /** 1 → 一, 12 → 十二, 23 → 二十三 (up to 99), as article and chapter numbers print. */
  static String numeral(int n) {
    if (n < 10) {
      return DIGITS[n];
    }
    String tens = n / 10 == 1 ? "十" : DIGITS[n / 10] + "十";
    return n % 10 == 0 ? tens : tens + DIGITS[n % 10];
  }

  /** Figures with thousands separators, as contract amounts print: 3,280,000.00. */
  static String grouped(BigDecimal value) {
    return String.format("%,.2f", value);
  }
}
