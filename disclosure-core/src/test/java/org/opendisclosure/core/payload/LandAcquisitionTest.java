package org.opendisclosure.core.payload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendisclosure.core.payload.LandAcquisition.CompensationStandard;
import org.opendisclosure.core.payload.LandAcquisition.Location;
import org.opendisclosure.core.payload.LandAcquisition.Parcel;
import org.opendisclosure.core.payload.LandAcquisition.Stage;

class LandAcquisitionTest {

  @Test
  void compensationPlanValidatesClean() {
    LandAcquisition plan = SamplePayloads.landCompensationPlan();

    assertThat(plan.validate()).isEmpty();
    assertThat(plan.kind()).isEqualTo(PayloadKind.LAND_ACQUISITION);
  }

  @Test
  void reportsEveryBadFieldAtOnce() {
    LandAcquisition sample = SamplePayloads.landCompensationPlan();
    LandAcquisition bad =
        new LandAcquisition(
            Stage.COMPENSATION_PLAN,
            null,
            new Location("青石镇", null, List.of("第三村民小组")),
            List.of(
                new Parcel("耕地", Area.hectares("9.80")),
                new Parcel(" ", Area.hectares("1.60")),
                new Parcel("农村道路及沟渠", Area.hectares("0.95"))),
            sample.totalArea(),
            sample.totalAreaConverted(),
            sample.purpose(),
            List.of(
                new CompensationStandard("区片综合地价", Money.yuan("52000"), "元/亩"),
                new CompensationStandard("青苗补偿费", null, "元/亩")),
            sample.resettlement(),
            sample.affectedHouseholds(),
            sample.registrationMethod(),
            null,
            sample.objectionChannel(),
            true);

    assertThat(ErrorPaths.of(bad))
        .containsExactlyInAnyOrder(
            "location.village",
            "parcels[1].landType",
            "compensationStandards[1].amount",
            "registrationDeadline");
  }

  @Test
  void convertedTotalMustAgreeAtItsPrintedScale() {
    assertThat(withTotal(Area.hectares("3.2"), Area.mu("48"), Area.hectares("3.2")).validate())
        .isEmpty();
    assertThat(withTotal(Area.mu("100"), Area.hectares("6.67"), Area.mu("100")).validate())
        .isEmpty();

    LandAcquisition wrong = withTotal(Area.hectares("3.2"), Area.mu("47"), Area.hectares("3.2"));
    assertThat(ErrorPaths.of(wrong)).containsExactly("totalAreaConverted");
    assertThat(ErrorPaths.message(wrong, "totalAreaConverted"))
        .isEqualTo("must equal totalArea at 1公顷 = 15亩 (48亩), was 47亩");

    LandAcquisition tooPrecise = withTotal(Area.mu("100"), Area.hectares("6.6"), Area.mu("100"));
    assertThat(ErrorPaths.of(tooPrecise)).containsExactly("totalAreaConverted");
  }

  @Test
  void convertedTotalMustBeInTheOtherUnit() {
    LandAcquisition same = withTotal(Area.mu("48"), Area.mu("48"), Area.mu("48"));

    assertThat(ErrorPaths.message(same, "totalAreaConverted"))
        .isEqualTo("must be in the other unit than totalArea");
  }

  @Test
  void totalMustEqualTheSumOfTheParcels() {
    LandAcquisition bad =
        withParcels(
            Area.hectares("12.35"),
            Area.hectares("9.80"),
            Area.hectares("1.60"),
            Area.hectares("0.90"));

    assertThat(ErrorPaths.of(bad)).containsExactly("totalArea");
    assertThat(ErrorPaths.message(bad, "totalArea"))
        .isEqualTo("must equal the sum of the parcels (12.30公顷), was 12.35公顷");
  }

  @Test
  void parcelsInTheOtherUnitAreSummedAfterConversion() {
    assertThat(withParcels(Area.hectares("6.67"), Area.mu("60"), Area.mu("40")).validate())
        .isEmpty();
    assertThat(withParcels(Area.mu("48"), Area.hectares("3"), Area.mu("3")).validate()).isEmpty();

    LandAcquisition bad = withParcels(Area.hectares("6.67"), Area.mu("60"), Area.mu("41"));
    assertThat(ErrorPaths.message(bad, "totalArea"))
        .isEqualTo("must equal the sum of the parcels (6.73公顷), was 6.67公顷");
  }

  @Test
  void parcelsInTheTotalsUnitMustAddUpExactly() {
    LandAcquisition bad =
        withParcels(Area.hectares("2.23"), Area.hectares("1.234"), Area.hectares("1"));

    assertThat(ErrorPaths.of(bad)).containsExactly("totalArea");
  }

  @Test
  void acquisitionAnnouncementRequiresTheApprovalNumber() {
    LandAcquisition sample = SamplePayloads.landCompensationPlan();
    LandAcquisition announcement =
        atStage(sample, Stage.ACQUISITION_ANNOUNCEMENT, null, sample.compensationStandards());

    assertThat(ErrorPaths.of(announcement)).containsExactly("approvalNumber");
    assertThat(ErrorPaths.message(announcement, "approvalNumber"))
        .isEqualTo("is required at stage ACQUISITION_ANNOUNCEMENT");
    assertThat(
            atStage(
                    sample,
                    Stage.ACQUISITION_ANNOUNCEMENT,
                    "青政地〔2026〕12号",
                    sample.compensationStandards())
                .validate())
        .isEmpty();
  }

  @Test
  void preAnnouncementNeedsNoCompensationYet() {
    LandAcquisition sample = SamplePayloads.landCompensationPlan();
    LandAcquisition pre =
        new LandAcquisition(
            Stage.PRE_ANNOUNCEMENT,
            null,
            sample.location(),
            null,
            sample.totalArea(),
            null,
            sample.purpose(),
            null,
            null,
            null,
            null,
            null,
            null,
            false);

    assertThat(pre.validate()).isEmpty();
    assertThat(ErrorPaths.of(atStage(sample, Stage.COMPENSATION_PLAN, null, List.of())))
        .containsExactly("compensationStandards");
  }

  private static LandAcquisition withTotal(Area total, Area converted, Area parcel) {
    LandAcquisition sample = SamplePayloads.landCompensationPlan();
    return new LandAcquisition(
        sample.stage(),
        null,
        sample.location(),
        List.of(new Parcel("耕地", parcel)),
        total,
        converted,
        sample.purpose(),
        sample.compensationStandards(),
        sample.resettlement(),
        sample.affectedHouseholds(),
        sample.registrationMethod(),
        sample.registrationDeadline(),
        sample.objectionChannel(),
        true);
  }

  private static LandAcquisition withParcels(Area total, Area... parcels) {
    LandAcquisition sample = SamplePayloads.landCompensationPlan();
    List<Parcel> list = java.util.Arrays.stream(parcels).map(a -> new Parcel("耕地", a)).toList();
    return new LandAcquisition(
        sample.stage(),
        null,
        sample.location(),
        list,
        total,
        null,
        sample.purpose(),
        sample.compensationStandards(),
        sample.resettlement(),
        sample.affectedHouseholds(),
        sample.registrationMethod(),
        sample.registrationDeadline(),
        sample.objectionChannel(),
        true);
  }

  private static LandAcquisition atStage(
      LandAcquisition sample,
      Stage stage,
      String approvalNumber,
      List<CompensationStandard> standards) {
    return new LandAcquisition(
        stage,
        approvalNumber,
        sample.location(),
        sample.parcels(),
        sample.totalArea(),
        sample.totalAreaConverted(),
        sample.purpose(),
        standards,
        sample.resettlement(),
        sample.affectedHouseholds(),
        sample.registrationMethod(),
        sample.registrationDeadline(),
        sample.objectionChannel(),
        true);
  }
}
