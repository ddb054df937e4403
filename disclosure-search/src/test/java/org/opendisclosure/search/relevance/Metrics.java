package org.opendisclosure.search.relevance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.opendisclosure.core.model.ItemId;

/**
 * nDCG@10 (gain 2^grade − 1, log2 discount) and recall@10 (relevant hits in the top 10 divided by
 * min(10, number of relevant documents), so a query with 30 relevant notices can still reach 1).
 */
public final class Metrics {
  public static final int K = 10;

  /** Mean figures and the per-query nDCG. */
  public record Result(double ndcg, double recall, Map<String, Double> perQueryNdcg) {
    @Override
    public String toString() {
      return String.format("nDCG@10=%.3f recall@10=%.3f", ndcg, recall);
    }
  }

  private Metrics() {}

  public static Result evaluate(List<Corpus.Doc> corpus, Function<String, List<ItemId>> search) {
    double ndcgSum = 0;
    double recallSum = 0;
    Map<String, Double> perQuery = new java.util.LinkedHashMap<>();
    for (Judgments.Judged q : Judgments.queries()) {
      Map<ItemId, Integer> grades = new HashMap<>();
      List<Integer> ideal = new ArrayList<>();
      for (Corpus.Doc d : corpus) {
        int g = q.grade().applyAsInt(d);
        if (g > 0) {
          grades.put(d.document().id(), g);
          ideal.add(g);
        }
      }
      if (ideal.isEmpty()) {
        throw new IllegalStateException("no relevant document for " + q.text());
      }
      ideal.sort(Comparator.reverseOrder());
      List<ItemId> hits = search.apply(q.text());
      double dcg = 0;
      double idcg = 0;
      int found = 0;
      for (int i = 0; i < K; i++) {
        if (i < hits.size()) {
          int g = grades.getOrDefault(hits.get(i), 0);
          dcg += (Math.pow(2, g) - 1) / log2(i + 2);
          found += g > 0 ? 1 : 0;
        }
        if (i < ideal.size()) {
          idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
        }
      }
      double ndcg = dcg / idcg;
      perQuery.put(q.text(), ndcg);
      ndcgSum += ndcg;
      recallSum += (double) found / Math.min(K, ideal.size());
    }
    int n = Judgments.queries().size();
    return new Result(ndcgSum / n, recallSum / n, perQuery);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
