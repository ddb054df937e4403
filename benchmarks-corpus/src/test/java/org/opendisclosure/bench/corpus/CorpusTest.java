package org.opendisclosure.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CorpusTest {
  private static final Corpus CORPUS = Corpus.of(Corpus.DEFAULT_SEED, 3000);

  @Test
  void theSameSeedGivesTheSameCorpusAndAnotherSeedAnother() {
    Corpus again = Corpus.of(Corpus.DEFAULT_SEED, 3000);
    Corpus other = Corpus.of(Corpus.DEFAULT_SEED + 1, 3000);
    int differing = 0;
    for (int i = 0; i < 300; i++) {
      Notice a = CORPUS.notice(i * 10);
      assertThat(again.notice(i * 10)).isEqualTo(a);
      if (!other.notice(i * 10).body().equals(a.body())) {
        differing++;
      }
    }
    assertThat(differing).isGreaterThan(290);
    assertThat(Corpus.of(Corpus.DEFAULT_SEED, 10).notice(7)).as("a notice does not depend on the size")
        .isEqualTo(CORPUS.notice(7));
  }

  @Test
  void bodiesAreBetween300And3000CharactersAndVaryInLength() {
    List<Notice> notices = CORPUS.stream().toList();
    assertThat(notices).allSatisfy(n -> assertThat(n.body().length()).as(n.title()).isBetween(300, 3000));
    double mean = notices.stream().mapToInt(n -> n.body().length()).average().orElseThrow();
    assertThat(mean).isBetween(700.0, 1900.0);
    assertThat(notices.stream().filter(n -> n.body().length() > 2000).count()).isGreaterThan(100);
    assertThat(notices.stream().filter(n -> n.body().length() < 600).count()).isGreaterThan(100);
  }

  @Test
  void everyCategoryOccursAndTheFirstNoticesCoverThemAll() {
    Set<String> first = Corpus.of(1, Corpus.categories().size()).stream()
        .map(n -> n.category().code()).collect(Collectors.toSet());
    assertThat(first).hasSize(Corpus.categories().size());
    Set<String> shapes = CORPUS.stream().map(n -> n.category().shape()).collect(Collectors.toSet());
    assertThat(shapes).containsExactlyInAnyOrder("BUDGET", "THREE_PUBLIC_EXPENSES", "LAND_ACQUISITION",
        "CADRE_APPOINTMENT", "PROCUREMENT", "SOCIAL_ASSISTANCE", "DOCUMENT");
    long assistance = CORPUS.stream().filter(n -> n.category().code().equals("social-assistance")).count();
    assertThat(assistance).as("the heaviest category").isBetween(150L, 400L);
  }

  @Test
  void organsFormACountyTreeAndNoticesComeFromEveryLevel() {
    List<CorpusOrgan> organs = Corpus.organs();
    assertThat(organs.get(0).level()).isEqualTo(CorpusOrgan.Level.COUNTY);
    Set<String> codes = new HashSet<>();
    for (CorpusOrgan o : organs) {
      if (o.parentCode() != null) {
        assertThat(codes).as("parent before child").contains(o.parentCode());
        assertThat(o.ancestors().get(0)).isEqualTo(o.parentCode());
      }
      assertThat(codes.add(o.code())).isTrue();
    }
    assertThat(organs).filteredOn(o -> o.level() == CorpusOrgan.Level.VILLAGE).hasSizeGreaterThan(90);
    assertThat(CORPUS.stream().map(n -> n.organ().level()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(CorpusOrgan.Level.values());
  }

  @Test
  void idsAreUniqueAndDatesSpanTenYears() {
    Set<String> ids = new HashSet<>();
    LocalDate min = LocalDate.MAX;
    LocalDate max = LocalDate.MIN;
    for (Notice n : CORPUS.stream().toList()) {
      assertThat(n.id()).hasSize(26).matches("[0-9A-HJKMNP-TV-Z]{26}");
      assertThat(ids.add(n.id())).isTrue();
      LocalDate d = n.publishedAt().atZone(Corpus.ZONE).toLocalDate();
      min = d.isBefore(min) ? d : min;
      max = d.isAfter(max) ? d : max;
      if (n.windowStart() != null) {
        assertThat(n.windowEnd()).isAfterOrEqualTo(n.windowStart());
      }
    }
    assertThat(min).isBefore(Corpus.FIRST_DAY.plusDays(30));
    assertThat(max).isAfter(Corpus.FIRST_DAY.plusYears(10).minusDays(30));
  }

  @Test
  void textsReadLikeTheirKind() {
    for (Notice n : CORPUS.stream().limit(600).toList()) {
      switch (n.category().code()) {
        case "three-public-expenses" -> assertThat(n.body()).contains("公务接待费", "公务用车");
        case "cadre-appointments" -> assertThat(n.body()).contains("拟任", "12380");
        case "land-compensation-plan" -> assertThat(n.body()).contains("补偿标准", "区片综合地价");
        case "social-assistance" -> assertThat(n.body()).contains("户主姓名", "公示");
        case "procurement-award" -> assertThat(n.body()).contains("中标金额", "统一社会信用代码");
        case "budget" -> assertThat(n.body()).contains("一般公共服务支出");
        default -> assertThat(n.title()).isNotBlank();
      }
    }
  }
}
