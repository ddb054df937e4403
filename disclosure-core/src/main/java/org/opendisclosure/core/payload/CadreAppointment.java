package org.opendisclosure.core.payload;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import org.opendisclosure.core.FieldError;

/**
 * A cadre pre-appointment publicity notice (干部任前公示): the persons proposed for a post, the publicity
 * window (公示期) and the office that receives reports about them.
 *
 * <p>Rules: the window ends after it starts; each person is 18–70 at the window start and started
 * work no earlier than at 16 and not after the window start (counted in whole months). The minimum
 * window length in working days is the calendar's business, not checked here. Immutable and
 * thread-safe.
 *
 * @param persons the persons proposed, at least one
 * @param windowStart the first day of the publicity window
 * @param windowEnd the last day of the publicity window
 * @param receivingOffice the office receiving reports, e.g. 县委组织部干部监督科
 * @param phone the reporting phone, usually 12380
 * @param address where reports are received (受理地址)
 * @param hours when reports are received, if printed
 */
public record CadreAppointment(
    List<Person> persons,
    LocalDate windowStart,
    LocalDate windowEnd,
    String receivingOffice,
    String phone,
    String address,
    String hours)
    implements Payload {

  /** Digits, optionally split by '-', spaces or list separators: "12380", "0571-12380". */
  private static final Pattern PHONE = Pattern.compile("[0-9]+([-\\s、，,/]+[0-9]+)*");

  /** 性别. */
  public enum Sex {
    /** 男. */
    MALE("男"),
    /** 女. */
    FEMALE("女");

    private final String label;

    Sex(String label) {
      this.label = label;
    }

    /** The Chinese term as notices print it. */
    public String label() {
      return label;
    }
  }

  /**
   * One person proposed. Immutable and thread-safe.
   *
   * @param name 姓名
   * @param sex 性别
   * @param ethnicity 民族, e.g. 汉族
   * @param birthMonth 出生年月
   * @param nativePlace 籍贯, e.g. 清河县
   * @param partyMembership 政治面貌 with the joining date if printed, e.g. 中共党员（2008年6月入党）
   * @param education 学历, e.g. 大学
   * @param workStart 参加工作时间
   * @param currentPost 现任职务
   * @param proposedPost 拟任职务
   * @param exceptionalPromotionReason why a promotion skips the usual steps (破格/越级提拔), if it does
   */
  public record Person(
      String name,
      Sex sex,
      String ethnicity,
      YearMonth birthMonth,
      String nativePlace,
      String partyMembership,
      String education,
      YearMonth workStart,
      String currentPost,
      String proposedPost,
      String exceptionalPromotionReason) {

    void check(Violations v, LocalDate windowStart) {
      v.text("name", name);
      v.present("sex", sex);
      v.text("ethnicity", ethnicity);
      boolean born = v.present("birthMonth", birthMonth);
      v.text("nativePlace", nativePlace);
      v.text("partyMembership", partyMembership);
      v.text("education", education);
      boolean working = v.present("workStart", workStart);
      v.text("currentPost", currentPost);
      v.text("proposedPost", proposedPost);
      if (born && working && workStart.isBefore(birthMonth.plusYears(16))) {
        v.add(
            "workStart", "must not be before the 16th birthday (" + birthMonth.plusYears(16) + ")");
      }
      if (windowStart == null) {
        return;
      }
      YearMonth start = YearMonth.from(windowStart);
      if (born && !plausibleAgeAt(start)) {
        v.add("birthMonth", "must make the person 18 to 70 at the window start, was " + birthMonth);
      }
      if (working && workStart.isAfter(start)) {
        v.add("workStart", "must not be after the window start, was " + workStart);
      }
    }

    private boolean plausibleAgeAt(YearMonth month) {
      return !birthMonth.plusYears(18).isAfter(month) && birthMonth.plusYears(71).isAfter(month);
    }
  }

  public CadreAppointment {
    persons = Violations.copy(persons);
  }

  @Override
  public PayloadKind kind() {
    return PayloadKind.CADRE_APPOINTMENT;
  }

  @Override
  public List<FieldError> validate() {
    Violations v = new Violations();
    if (v.notEmpty("persons", persons)) {
      v.each("persons", persons, (at, person) -> person.check(at, windowStart));
    }
    boolean start = v.present("windowStart", windowStart);
    if (v.present("windowEnd", windowEnd) && start && !windowEnd.isAfter(windowStart)) {
      v.add("windowEnd", "must be after windowStart (" + windowStart + "), was " + windowEnd);
    }
    v.text("receivingOffice", receivingOffice);
    if (v.text("phone", phone) && !PHONE.matcher(phone.strip()).matches()) {
      v.add("phone", "must be digits such as 12380, was " + phone);
    }
    v.text("address", address);
    return v.errors();
  }
}
