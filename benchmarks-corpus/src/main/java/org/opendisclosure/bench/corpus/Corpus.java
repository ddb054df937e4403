package org.opendisclosure.bench.corpus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A deterministic corpus of disclosure notices: {@code size} items across every category of the
 * catalogue, written in the formats of real notices (budgets, 三公经费, 任前公示, 征地 notices, 低保 lists,
 * procurement results, policy documents, guides, reports, village accounts), published by the
 * organs of one county (county → departments and townships → villages) over ten years.
 *
 * <p>Each notice is computed from the seed and its index alone, so the same seed gives the same
 * corpus, any notice can be made on its own, and a corpus can be streamed without holding it in
 * memory. The first notices cover every category once; the rest follow the category weights.
 * Thread-safe and immutable.
 */
public final class Corpus {
  /** The seed every benchmark uses unless told otherwise ({@code -Dseed=}). */
  public static final long DEFAULT_SEED = 20_260_310L;
  /** The size every benchmark uses unless told otherwise ({@code -Dn=}). */
  public static final int DEFAULT_SIZE = 200_000;
  /** Where the ten years of publication dates start (Asia/Shanghai). */
  public static final LocalDate FIRST_DAY = LocalDate.of(2016, 7, 1);
  /** How many days the publication dates span. */
  public static final int DAYS = 3652;

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final char[] BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final Organs ORGANS = new Organs();
  private static final int[] CUMULATIVE = cumulativeWeights();

  private final long seed;
  private final int size;

  private Corpus(long seed, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be at least 1, was " + size);
    }
    this.seed = seed;
    this.size = size;
  }

  public static Corpus of(long seed, int size) {
    return new Corpus(seed, size);
  }

  /** The corpus that {@code -Dn=} and {@code -Dseed=} ask for, else the defaults. */
  public static Corpus fromSystemProperties(int defaultSize) {
    return of(Long.getLong("seed", DEFAULT_SEED), Integer.getInteger("n", defaultSize));
  }

  public long seed() {
    return seed;
  }

  public int size() {
    return size;
  }

  /** Every organ of the county, parents before children. */
  public static List<CorpusOrgan> organs() {
    return List.copyOf(ORGANS.all);
  }

  /** Every category, parents before children. */
  public static List<CorpusCategory> categories() {
    return Catalogue.ALL;
  }

  /** The notices in order. */
  public Stream<Notice> stream() {
    return IntStream.range(0, size).mapToObj(this::notice);
  }

  /** Notice {@code i} (0 ≤ i < size). */
  public Notice notice(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("notice " + i + " of " + size);
    }
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L);
    CorpusCategory category = i < Catalogue.ALL.size() ? Catalogue.ALL.get(i) : weighted(random);
    LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
    LocalDateTime time = day.atTime(8 + random.nextInt(10), random.nextInt(60), random.nextInt(60));
    Instant publishedAt = time.atZone(ZONE).toInstant();
    Prose prose = new Prose(random);
    CorpusOrgan organ = organFor(category, random);
    Draft d = write(prose, category, organ, day);
    String id = id(publishedAt, random.nextLong(), i);
    String indexNumber = organ.code() + "/" + day.getYear() + "-" + String.format("%06d", i + 1);
    LocalDate windowStart = d.windowDays() > 0 ? d.windowStart() : null;
    LocalDate windowEnd = d.windowDays() > 0 ? d.windowStart().plusDays(d.windowDays() - 1L) : null;
    LocalDate formedOn = d.facts() instanceof Facts.Document doc && doc.writtenOn() != null
        ? doc.writtenOn() : day.minusDays(1 + random.nextInt(10));
    return new Notice(i, id, indexNumber, category, organ, d.title(), d.body(), d.documentNumber(), formedOn,
        publishedAt, d.year() != 0 ? d.year() : day.getYear(), d.amount(), windowStart, windowEnd, d.facts());
  }

  private static Draft write(Prose p, CorpusCategory category, CorpusOrgan organ, LocalDate day) {
    return switch (category.code()) {
      case "budget" -> FinanceWriter.budget(p, organ, false, day);
      case "final-accounts" -> FinanceWriter.budget(p, organ, true, day);
      case "three-public-expenses" -> FinanceWriter.threePublicExpenses(p, organ, day);
      case "village-finances" -> FinanceWriter.villageAccounts(p, organ, day);
      case "land", "land-pre-announcement" -> land(p, 0, organ, day);
      case "land-compensation-plan" -> land(p, 1, organ, day);
      case "land-acquisition-announcement" -> land(p, 2, organ, day);
      case "cadre-appointments" -> PeopleWriter.cadre(p, organ, day);
      case "social-assistance" -> PeopleWriter.assistance(p, organ, village(p.random, organ), day);
      case "procurement-award" -> ProcurementWriter.procurement(p, 0, organ, day);
      case "procurement-contract" -> ProcurementWriter.procurement(p, 1, organ, day);
      case "tender-candidates" -> ProcurementWriter.procurement(p, 2, organ, day);
      default -> DocumentWriter.document(p, category.code(), organ, day);
    };
  }

  private static Draft land(Prose p, int stage, CorpusOrgan organ, LocalDate day) {
    CorpusOrgan township = organ.level() == CorpusOrgan.Level.TOWNSHIP ? organ
        : ORGANS.townships.get(p.random.nextInt(ORGANS.townships.size()));
    return LandWriter.land(p, stage, ORGANS.county, township, village(p.random, township), day);
  }

  private static CorpusOrgan village(SplittableRandom random, CorpusOrgan township) {
    List<CorpusOrgan> vs = ORGANS.villages.get(ORGANS.townships.indexOf(township));
    return vs.get(random.nextInt(vs.size()));
  }

  /** Who publishes a category: villages their accounts, townships their lists, the county its cadres. */
  private static CorpusOrgan organFor(CorpusCategory category, SplittableRandom random) {
    int r = random.nextInt(100);
    return switch (category.code()) {
      case "village-finances", "homesteads", "fund-and-labour-raising", "farmers-burden", "rural-land-transfer",
          "irrigation", "major-decisions" -> anyVillage(random);
      case "social-assistance" -> township(random);
      case "cadre-appointments", "annual-report", "statistics", "plans" -> r < 80 ? ORGANS.county : department(random);
      case "land", "land-pre-announcement", "land-compensation-plan", "land-acquisition-announcement" ->
          r < 50 ? ORGANS.county : township(random);
      case "budget", "final-accounts", "three-public-expenses" -> r < 60 ? department(random) : township(random);
      default -> r < 25 ? ORGANS.county : r < 65 ? department(random) : township(random);
    };
  }

  private static CorpusOrgan department(SplittableRandom random) {
    return ORGANS.departments.get(random.nextInt(ORGANS.departments.size()));
  }

  private static CorpusOrgan township(SplittableRandom random) {
    return ORGANS.townships.get(random.nextInt(ORGANS.townships.size()));
  }

  private static CorpusOrgan anyVillage(SplittableRandom random) {
    List<CorpusOrgan> vs = ORGANS.villages.get(random.nextInt(ORGANS.villages.size()));
    return vs.get(random.nextInt(vs.size()));
  }

  private static CorpusCategory weighted(SplittableRandom random) {
    int r = random.nextInt(CUMULATIVE[CUMULATIVE.length - 1]);
    for (int c = 0; c < CUMULATIVE.length; c++) {
      if (r < CUMULATIVE[c]) {
        return Catalogue.ALL.get(c);
      }
    }
    throw new IllegalStateException("unreachable");
  }

  private static int[] cumulativeWeights() {
    int[] out = new int[Catalogue.ALL.size()];
    int sum = 0;
    for (int c = 0; c < out.length; c++) {
      sum += Catalogue.ALL.get(c).weight();
      out[c] = sum;
    }
    return out;
  }

  /** The core's id format: 10 characters of milliseconds, then 6 of random bits and 10 of the index. */
  private static String id(Instant at, long randomBits, int index) {
    char[] out = new char[26];
    long millis = at.toEpochMilli();
    for (int i = 9; i >= 0; i--) {
      out[i] = BASE32[(int) (millis & 31)];
      millis >>>= 5;
    }
    long r = randomBits;
    for (int i = 15; i >= 10; i--) {
      out[i] = BASE32[(int) (r & 31)];
      r >>>= 5;
    }
    long n = index;
    for (int i = 25; i >= 16; i--) {
      out[i] = BASE32[(int) (n & 31)];
      n >>>= 5;
    }
    return new String(out);
  }
}
