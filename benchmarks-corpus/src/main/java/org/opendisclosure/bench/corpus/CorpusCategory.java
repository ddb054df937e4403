package org.opendisclosure.bench.corpus;

import java.util.List;

/**
 * A category of the disclosure catalogue (主动公开目录) as the generator knows it: the same codes,
 * names and payload kinds as the core's default catalogue (a test in the benchmarks module checks
 * that they agree). Immutable.
 *
 * @param shape the payload kind, by the name of the core enum constant
 * @param audit whether an audit must be recorded before approval (审计理财在前)
 * @param decision whether a deliberation must be recorded before approval (民主议事在前)
 * @param weight how often the category occurs, relative to the others
 * @param ancestors the codes of the parents, nearest first
 */
public record CorpusCategory(
    String code, String name, String shape, boolean audit, boolean decision, int weight, List<String> ancestors) {
  public CorpusCategory {
    ancestors = List.copyOf(ancestors);
  }
}
