package org.opendisclosure.bench.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The organ tree of the generated county: 清溪县人民政府, 14 departments, 16 townships and 6 to 12
 * villages in each. The same for every corpus (its own fixed seed). Immutable once built.
 */
final class Organs {
  private static final String[] DEPARTMENTS = {"财政局", "教育局", "民政局", "自然资源局", "卫生健康局", "农业农村局", "交通运输局",
      "住房和城乡建设局", "人力资源和社会保障局", "水利局", "生态环境局", "市场监督管理局", "应急管理局", "医疗保障局"};
  private static final int TOWNSHIPS = 16;

  final CorpusOrgan county;
  final List<CorpusOrgan> departments = new ArrayList<>();
  final List<CorpusOrgan> townships = new ArrayList<>();
  /** Villages by township index. */
  final List<List<CorpusOrgan>> villages = new ArrayList<>();
  final List<CorpusOrgan> all = new ArrayList<>();

  Organs() {
    SplittableRandom random = new SplittableRandom(35_09_00L);
    int seq = 1;
    county = new CorpusOrgan(code("11350900MB", seq++), Words.COUNTY + "人民政府", CorpusOrgan.Level.COUNTY, null, List.of());
    all.add(county);
    for (String d : DEPARTMENTS) {
      CorpusOrgan o = new CorpusOrgan(code("11350900MB", seq++), Words.COUNTY + d, CorpusOrgan.Level.DEPARTMENT,
          county.code(), List.of(county.code()));
      departments.add(o);
      all.add(o);
    }
    Set<String> names = new HashSet<>();
    for (int t = 0; t < TOWNSHIPS; t++) {
      String name = uniqueName(random, names) + (random.nextInt(4) == 0 ? "乡" : "镇");
      CorpusOrgan town = new CorpusOrgan(code("11350900MB", seq++), name + "人民政府", CorpusOrgan.Level.TOWNSHIP,
          county.code(), List.of(county.code()));
      townships.add(town);
      all.add(town);
      List<CorpusOrgan> vs = new ArrayList<>();
      for (int v = 6 + random.nextInt(7); v > 0; v--) {
        String village = uniqueName(random, names) + (random.nextInt(8) == 0 ? "社区居民委员会" : "村民委员会");
        CorpusOrgan o = new CorpusOrgan(code("54350900MF", seq++), village, CorpusOrgan.Level.VILLAGE, town.code(),
            List.of(town.code(), county.code()));
        vs.add(o);
        all.add(o);
      }
      villages.add(List.copyOf(vs));
    }
  }

  private static String uniqueName(SplittableRandom random, Set<String> taken) {
    while (true) {
      String name = Words.PLACE_CHARS[random.nextInt(Words.PLACE_CHARS.length)]
          + Words.PLACE_CHARS[random.nextInt(Words.PLACE_CHARS.length)];
      if (name.charAt(0) != name.charAt(1) && taken.add(name)) {
        return name;
      }
    }
  }

  private static String code(String prefix, int seq) {
    return prefix + String.format("%07d", seq) + "X";
  }
}
