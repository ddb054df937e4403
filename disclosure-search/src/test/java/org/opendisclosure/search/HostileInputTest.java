package org.opendisclosure.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendisclosure.core.ValidationException;

class HostileInputTest {
  private static final ByteBuffersDirectory DIRECTORY = new ByteBuffersDirectory();
  private static DisclosureIndex index;

  @BeforeAll
  static void open() {
    index = DisclosureIndex.open(DIRECTORY, TestDocs.CLOCK);
    index.upsert(TestDocs.simple(1, "低保对象公示 abc", "低保对象名单 a aaa abc"));
    index.refresh();
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
    DIRECTORY.close();
  }

  static Stream<String> hostile() {
    List<String> inputs = new ArrayList<>(List.of(
        "", " ", "\u0000\u0001\u0007", "低保\u0000对象", "a*", "*", "?", "a?c", "/regex/", "/.*/", "/[a-z]+/",
        "abc~", "~", "abc~2", "\"", "\"\"", "-", "--", "- -", "-\"\"", "OR", "OR OR OR", "a OR", "OR a",
        "(", ")", "((a))", "[a TO z]", "{a TO z}", "field:value", "title:低保", "+低保 -", "\\", "\\\"",
        "&&", "||", "!", "^2", "低保^100", "\uD800", "\uDC00低保", "😀低保", "\u200B\u200E\u202E",
        "＂低保＂", "－低保", "“低保”", "　", "低保 -低保", "-低保"));
    inputs.add("\"".repeat(500));
    inputs.add("(".repeat(500) + "低保" + ")".repeat(500));
    inputs.add("\"(".repeat(250));
    inputs.add("低保".repeat(100));
    inputs.add("a ".repeat(100));
    inputs.add("低 ".repeat(100));
    inputs.add("x".repeat(200));
    inputs.add("x".repeat(10_000));
    inputs.add("低保 ".repeat(2_000));
    inputs.add("a* ".repeat(40));
    return inputs.stream();
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void hostileTextGivesAValidationErrorOrASaneResult(String text) {
    Throwable thrown = catchThrowable(() -> {
      SearchResults r = index.search(SearchQuery.builder().text(text).pageSize(10).build());
      assertThat(r.hits().size()).isLessThanOrEqualTo(1);
      assertThat(r.totalHits()).isBetween(0L, 1L);
    });
    if (thrown != null) {
      assertThat(thrown).isInstanceOf(ValidationException.class);
      assertThat(((ValidationException) thrown).errors().get(0).field()).isEqualTo("text");
    }
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void hostilePrefixesGiveAValidationErrorOrSuggestions(String prefix) {
    Throwable thrown = catchThrowable(() -> assertThat(index.suggest(prefix, 5)).hasSizeLessThanOrEqualTo(1));
    if (thrown != null) {
      assertThat(thrown).isInstanceOf(ValidationException.class);
    }
  }

  @Test
  void longInputsAreRefusedWithAClearMessage() {
    Throwable thrown = catchThrowable(() -> SearchQuery.of("x".repeat(10_000)));
    assertThat(thrown).isInstanceOf(ValidationException.class).hasMessageContaining("text");
    thrown = catchThrowable(() -> SearchQuery.of("a ".repeat(60)));
    assertThat(thrown).isNull();
    thrown = catchThrowable(() -> index.search(SearchQuery.of("a ".repeat(60))));
    assertThat(thrown).isInstanceOf(ValidationException.class).hasMessageContaining("at most 32");
  }

  @Test
  void wildcardsAndRegexesAreReadAsPlainText() {
    assertThat(index.search(SearchQuery.of("a*")).hits()).hasSize(1);
    assertThat(index.search(SearchQuery.of("ab*")).hits()).isEmpty();
    assertThat(index.search(SearchQuery.of("/abc/")).hits()).hasSize(1);
    assertThat(index.search(SearchQuery.of("abd~")).hits()).isEmpty();
  }

  @Test
  void punctuationOnlyFindsNothingButEmptyFindsAll() {
    assertThat(index.search(SearchQuery.of("*?~")).totalHits()).isZero();
    assertThat(index.search(SearchQuery.of("")).totalHits()).isEqualTo(1);
  }
}
