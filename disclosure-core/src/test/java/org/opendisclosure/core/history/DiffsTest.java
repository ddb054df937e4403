package org.opendisclosure.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendisclosure.core.history.TextChange.Op;

class DiffsTest {

  @Test
  void lineDiffKeepsCommonLinesAndMarksTheRest() {
    List<TextChange> diff = Diffs.lines("一\n二\n三\n四", "一\n二点五\n三\n四\n五");
    assertThat(diff).containsExactly(
        new TextChange(Op.KEPT, "一"),
        new TextChange(Op.REMOVED, "二"),
        new TextChange(Op.ADDED, "二点五"),
        new TextChange(Op.KEPT, "三"),
        new TextChange(Op.KEPT, "四"),
        new TextChange(Op.ADDED, "五"));
  }

  @Test
  void emptyBodiesDiffToNothingOrEverything() {
    assertThat(Diffs.lines("", "")).isEmpty();
    assertThat(Diffs.lines("", "新")).containsExactly(new TextChange(Op.ADDED, "新"));
    assertThat(Diffs.lines("旧", "")).containsExactly(new TextChange(Op.REMOVED, "旧"));
  }

  @Test
  void hugeRewritesFallBackToRemoveAndAddWithoutExhaustingMemory() {
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      a.append("甲").append(i).append('\n');
      b.append("乙").append(i).append('\n');
    }
    List<TextChange> diff = Diffs.lines(a.toString(), b.toString());
    assertThat(diff).filteredOn(c -> c.op() == Op.REMOVED).hasSize(3000);
    assertThat(diff).filteredOn(c -> c.op() == Op.ADDED).hasSize(3000);
  }
}
