package org.opendisclosure.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendisclosure.core.ValidationException;

class ItemIdTest {

  @Test
  void idsSortByCreationTimeAndCarryIt() {
    List<ItemId> ids = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      ids.add(ItemId.generate(Instant.parse("2024-03-15T02:00:00Z").plusMillis(i * 7L)));
    }
    assertThat(ids).isSorted();
    assertThat(ids.get(3).createdAt()).isEqualTo(Instant.parse("2024-03-15T02:00:00.021Z"));
  }

  @Test
  void idsAreUniqueAndUrlSafe() {
    HashSet<String> seen = new HashSet<>();
    Instant now = Instant.parse("2026-11-28T00:00:00Z");
    for (int i = 0; i < 10_000; i++) {
      String value = ItemId.generate(now).value();
      assertThat(value).matches("[0-9A-HJKMNP-TV-Z]{26}");
      assertThat(seen.add(value)).isTrue();
    }
  }

  @Test
  void parseAcceptsLowerCaseAndRejectsGarbageNamingTheField() {
    ItemId id = ItemId.generate(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(ItemId.parse(id.value().toLowerCase())).isEqualTo(id);
    for (String bad : new String[] {"", "abc", "../../etc/passwd", "01HV" + "U".repeat(22), "Z".repeat(26)}) {
      assertThatThrownBy(() -> ItemId.parse(bad))
          .isInstanceOfSatisfying(ValidationException.class,
              e -> assertThat(e.errors().get(0).field()).isEqualTo("id"));
    }
    assertThatThrownBy(() -> ItemId.parse(null)).isInstanceOf(ValidationException.class);
  }
}
