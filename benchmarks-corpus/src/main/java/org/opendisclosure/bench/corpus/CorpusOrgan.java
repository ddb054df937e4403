package org.opendisclosure.bench.corpus;

import java.util.List;

/**
 * A disclosing body of the generated county: the county government, its departments, its
 * townships and their villages. Codes have the shape of a 统一社会信用代码. Immutable.
 *
 * @param ancestors the codes of the parents, nearest first (empty for the county)
 */
public record CorpusOrgan(String code, String name, Level level, String parentCode, List<String> ancestors) {
  /** The level of the organ in the county tree. */
  public enum Level {
    COUNTY,
    DEPARTMENT,
    TOWNSHIP,
    VILLAGE
  }

  public CorpusOrgan {
    ancestors = List.copyOf(ancestors);
  }
}
