package org.opendisclosure.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.catalogue.Category;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.core.model.ItemView;
import org.opendisclosure.core.model.Organ;
import org.opendisclosure.core.model.Revision;
import org.opendisclosure.core.payload.BudgetStatement;
import org.opendisclosure.core.payload.Document;
import org.opendisclosure.core.payload.LandAcquisition;
import org.opendisclosure.core.payload.Money;
import org.opendisclosure.core.payload.Payload;
import org.opendisclosure.core.payload.PayloadText;
import org.opendisclosure.core.payload.ProcurementResult;
import org.opendisclosure.core.payload.SocialAssistanceList;
import org.opendisclosure.core.payload.ThreePublicExpenses;

/**
 * Loads what the index may hold for an item: its public view as {@link Disclosures#published}
 * gives it (masked where the category demands), or nothing when the item is not public or its
 * published revision was redacted — so the follower deletes it. Thread-safe.
 */
public final class PublishedDocuments implements DocumentLoader {
  private final Disclosures disclosures;
  private final Map<String, Organ> organs = new ConcurrentHashMap<>();

  private PublishedDocuments(Disclosures disclosures) {
    this.disclosures = disclosures;
  }

  public static PublishedDocuments of(Disclosures disclosures) {
    return new PublishedDocuments(java.util.Objects.requireNonNull(disclosures, "disclosures"));
  }

  @Override
  public Optional<SearchDocument> load(ItemId id) {
    return disclosures.published(id).filter(v -> !v.revision().isRedacted()).map(this::document);
  }

  /**
   * The documents of those of {@code ids} that are published with content, read with {@link
   * Disclosures#publishedContent} (one transaction) in slices of {@link
   * Disclosures#MAX_BATCH_READ}.
   */
  @Override
  public Map<ItemId, SearchDocument> loadAll(List<ItemId> ids) {
    Map<ItemId, SearchDocument> out = new LinkedHashMap<>();
    for (int from = 0; from < ids.size(); from += Disclosures.MAX_BATCH_READ) {
      List<ItemId> slice = ids.subList(from, Math.min(ids.size(), from + Disclosures.MAX_BATCH_READ));
      disclosures.publishedContent(slice).forEach((id, view) -> out.put(id, document(view)));
    }
    return out;
  }

  private SearchDocument document(ItemView view) {
    Item item = view.item();
    Revision r = view.revision();
    Payload payload = r.payload();
    Organ organ = organ(item.organCode());
    Category category = disclosures.catalogue().require(item.categoryCode(), "category");
    String payloadText = PayloadText.of(payload);
    SearchDocument.Builder b = SearchDocument.builder(item.id())
        .revision(r.number())
        .indexNumber(item.indexNumber())
        .documentNumber(documentNumber(payload))
        .title(r.title())
        .body(payloadText.isEmpty() ? r.bodyText() : r.bodyText() + "\n" + payloadText)
        .organ(organ.code(), organ.name(), organAncestors(organ))
        .category(category.code(), category.name(), categoryAncestors(category))
        .publishedAt(item.publishedAt())
        .year(year(payload, item))
        .amount(amount(payload));
    if (item.window() != null) {
      b.window(item.window().start(), item.window().end());
    }
    return b.build();
  }

  private Organ organ(String code) {
    Organ known = organs.get(code);
    if (known != null) {
      return known;
    }
    Organ loaded = disclosures.organ(code).orElseThrow(() -> new SearchException("unknown organ " + code));
    organs.put(code, loaded);
    return loaded;
  }

  private List<String> organAncestors(Organ organ) {
    List<String> out = new ArrayList<>();
    for (String p = organ.parentCode(); p != null && out.size() < 10; p = organ(p).parentCode()) {
      out.add(p);
    }
    return out;
  }

  private List<String> categoryAncestors(Category category) {
    List<String> out = new ArrayList<>();
    for (String p = category.parentCode(); p != null && out.size() < 10; ) {
      out.add(p);
      p = disclosures.catalogue().find(p).map(Category::parentCode).orElse(null);
    }
    return out;
  }

  /** 文号 or the number a notice is known by. */
  private static String documentNumber(Payload payload) {
    if (payload instanceof Document d) {
      return d.documentNumber();
    }
    if (payload instanceof LandAcquisition l) {
      return l.approvalNumber();
    }
    if (payload instanceof ProcurementResult p) {
      return p.projectNumber();
    }
    return null;
  }

  /** The year the disclosure is about: a budget's fiscal year, a list's period, else the publication year. */
  private static int year(Payload payload, Item item) {
    if (payload instanceof BudgetStatement b && b.fiscalYear() > 0) {
      return b.fiscalYear();
    }
    if (payload instanceof ThreePublicExpenses t && t.year() > 0) {
      return t.year();
    }
    if (payload instanceof SocialAssistanceList s && s.period() != null) {
      return s.period().getYear();
    }
    return LocalDate.ofInstant(item.publishedAt(), Disclosures.ZONE).getYear();
  }

  /** The headline amount in 元: a budget's total expenditure, the 三公 total, awarded contracts. */
  private static BigDecimal amount(Payload payload) {
    Money m = null;
    if (payload instanceof BudgetStatement b) {
      m = b.totalExpenditure();
    } else if (payload instanceof ThreePublicExpenses t && t.amounts() != null) {
      m = t.amounts().total();
    } else if (payload instanceof ProcurementResult p) {
      BigDecimal sum = BigDecimal.ZERO;
      for (ProcurementResult.Award a : p.awards()) {
        if (a == null || a.amount() == null || a.amount().amount() == null || a.amount().unit() == null) {
          return null;
        }
        sum = sum.add(a.amount().toYuan());
      }
      return p.awards().isEmpty() ? null : sum;
    } else if (payload instanceof SocialAssistanceList s) {
      m = s.totalAmount();
    }
    return m == null || m.amount() == null || m.unit() == null ? null : m.toYuan();
  }
}
