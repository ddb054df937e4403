package org.opendisclosure.core.payload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.opendisclosure.core.FieldError;

/**
 * A land acquisition notice (征地) at one of its three stages: where, how much land of which type,
 * for what, at what compensation, and how owners register and object.
 *
 * <p>Rules: {@code totalArea} equals the sum of the parcels (exactly when they share its unit,
 * otherwise at its printed scale after conversion, 1 公顷 = 15 亩); {@code totalAreaConverted}, when
 * printed ("3.2公顷（合48亩）"), is {@code totalArea} in the other unit rounded at its printed scale.
 * What a stage requires is on {@link Stage}. Immutable and thread-safe.
 *
 * @param stage which notice this is
 * @param approvalNumber the approval document number (批准文号), e.g. 省政府〔2026〕12号
 * @param location township, village and villager groups (村民小组) concerned
 * @param parcels area by land type (耕地, 林地, 建设用地 …)
 * @param totalArea the total area as printed first
 * @param totalAreaConverted the total in the other unit, if printed too
 * @param purpose the purpose of the acquisition (征收目的)
 * @param compensationStandards compensation items and rates (补偿标准)
 * @param resettlement the resettlement method (安置方式)
 * @param affectedHouseholds households affected, if stated
 * @param registrationMethod how owners register for compensation (补偿登记)
 * @param registrationDeadline the last day to register
 * @param objectionChannel where and how to object (异议反馈)
 * @param hearingRights whether the notice tells owners they may request a hearing (听证)
 */
public record LandAcquisition(
    Stage stage,
    String approvalNumber,
    Location location,
    List<Parcel> parcels,
    Area totalArea,
    Area totalAreaConverted,
    String purpose,
    List<CompensationStandard> compensationStandards,
    String resettlement,
    Integer affectedHouseholds,
    String registrationMethod,
    LocalDate registrationDeadline,
    String objectionChannel,
    boolean hearingRights)
    implements Payload {

  /**
   * The three notices of an acquisition. Every stage requires location, total area and purpose; the
   * compensation plan and the acquisition announcement also require compensation standards and the
   * resettlement method; the compensation plan requires registration method, deadline and objection
   * channel; the acquisition announcement requires the approval number.
   */
  public enum Stage {
    /** 征地预公告. */
    PRE_ANNOUNCEMENT("征地预公告"),
    /** 征地补偿安置方案公告. */
    COMPENSATION_PLAN("征地补偿安置方案公告"),
    /** 征收土地公告. */
    ACQUISITION_ANNOUNCEMENT("征收土地公告");

    private final String label;

    Stage(String label) {
      this.label = label;
    }

    /** The notice's name as printed. */
    public String label() {
      return label;
    }
  }

  /**
   * Where the land is: township (乡镇), village (村) and villager groups (村民小组), which may be empty
   * when the whole village collective is concerned. Immutable and thread-safe.
   */
  public record Location(String township, String village, List<String> villagerGroups) {
    public Location {
      villagerGroups = Violations.copy(villagerGroups);
    }

    void check(Violations v) {
      v.text("township", township);
      v.text("village", village);
      v.texts("villagerGroups", villagerGroups);
    }
  }

  /** Area of one land type (地类), e.g. 耕地 9.8公顷. Immutable and thread-safe. */
  public record Parcel(String landType, Area area) {}

  /**
   * One compensation item and its rate as printed, e.g. 区片综合地价 52000 元/亩. Usual items: 区片综合地价,
   * 土地补偿费, 安置补助费, 地上附着物和青苗补偿费, 社会保障费用. Immutable and thread-safe.
   */
  public record CompensationStandard(String item, Money amount, String perUnit) {}

  /** An {@code EnumSet}: unlike {@code Set.of}, it answers {@code contains(null)} with false. */
  private static final Set<Stage> WITH_COMPENSATION =
      EnumSet.of(Stage.COMPENSATION_PLAN, Stage.ACQUISITION_ANNOUNCEMENT);

  public LandAcquisition {
    parcels = Violations.copy(parcels);
    compensationStandards = Violations.copy(compensationStandards);
  }

  @Override
  public PayloadKind kind() {
    return PayloadKind.LAND_ACQUISITION;
  }

  @Override
  public List<FieldError> validate() {
    Violations v = new Violations();
    v.present("stage", stage);
    if (stage == Stage.ACQUISITION_ANNOUNCEMENT) {
      requiredAtStage(v, "approvalNumber", approvalNumber);
    }
    if (v.present("location", location)) {
      location.check(v.at("location"));
    }
    v.each(
        "parcels",
        parcels,
        (at, parcel) -> {
          at.text("landType", parcel.landType());
          at.area("area", parcel.area());
        });
    v.area("totalArea", totalArea);
    if (totalAreaConverted != null) {
      v.area("totalAreaConverted", totalAreaConverted);
    }
    if (Violations.summable(totalArea) && Violations.summable(totalAreaConverted)) {
      checkConversion(v);
    }
    if (Violations.summable(totalArea)) {
      checkParcelSum(v);
    }
    v.text("purpose", purpose);
    checkCompensation(v);
    v.optionalCount("affectedHouseholds", affectedHouseholds, 0);
    if (stage == Stage.COMPENSATION_PLAN) {
      requiredAtStage(v, "registrationMethod", registrationMethod);
      requiredAtStage(v, "registrationDeadline", registrationDeadline);
      requiredAtStage(v, "objectionChannel", objectionChannel);
    }
    return v.errors();
  }

  private void checkConversion(Violations v) {
    if (totalAreaConverted.unit() == totalArea.unit()) {
      v.add("totalAreaConverted", "must be in the other unit than totalArea");
    } else if (!totalArea.agreesWith(totalAreaConverted)) {
      Area expected =
          totalArea.convertedTo(
              totalAreaConverted.unit(), Math.max(totalAreaConverted.value().scale(), 0));
      v.add(
          "totalAreaConverted",
          "must equal totalArea at 1公顷 = 15亩 (" + expected + "), was " + totalAreaConverted);
    }
  }

  private void checkParcelSum(Violations v) {
    if (parcels.isEmpty()
        || !parcels.stream().allMatch(p -> p != null && Violations.summable(p.area()))) {
      return;
    }
    BigDecimal mu = BigDecimal.ZERO;
    boolean mixed = false;
    for (Parcel parcel : parcels) {
      mu = mu.add(parcel.area().toMu());
      mixed |= parcel.area().unit() != totalArea.unit();
    }
    Area sum = new Area(mu, AreaUnit.MU);
    if (totalArea.toMu().compareTo(mu) == 0 || (mixed && sum.agreesWith(totalArea))) {
      return;
    }
    Area expected =
        mixed
            ? sum.convertedTo(totalArea.unit(), Math.max(totalArea.value().scale(), 0))
            : new Area(mu.divide(totalArea.unit().inMu()), totalArea.unit());
    v.add("totalArea", "must equal the sum of the parcels (" + expected + "), was " + totalArea);
  }

  private void checkCompensation(Violations v) {
    if (WITH_COMPENSATION.contains(stage)) {
      if (compensationStandards.isEmpty()) {
        v.add("compensationStandards", "must not be empty at stage " + stage);
      }
      requiredAtStage(v, "resettlement", resettlement);
    }
    v.each(
        "compensationStandards",
        compensationStandards,
        (at, standard) -> {
          at.text("item", standard.item());
          at.money("amount", standard.amount());
          at.text("perUnit", standard.perUnit());
        });
  }

  private void requiredAtStage(Violations v, String field, Object value) {
    boolean blank = value == null || (value instanceof String s && s.isBlank());
    if (blank) {
      v.add(field, "is required at stage " + stage);
    }
  }
}
