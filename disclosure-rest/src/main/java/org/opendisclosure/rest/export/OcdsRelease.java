package org.opendisclosure.rest.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.ItemView;
import org.opendisclosure.core.payload.Money;
import org.opendisclosure.core.payload.ProcurementResult;

/**
 * A procurement result as an Open Contracting Data Standard 1.1 release: the buyer and the
 * suppliers as parties (suppliers identified by 统一社会信用代码), the tender with its method and
 * items, the awards and, once signed, the contract. Amounts in CNY (元).
 */
public final class OcdsRelease {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private OcdsRelease() {}

  public static ObjectNode of(ItemView v, ProcurementResult p, String prefix) {
    Item item = v.item();
    String ocid = prefix + "-" + item.id().value();
    ObjectNode r = F.objectNode();
    r.put("ocid", ocid);
    r.put("id", ocid + "-r" + item.publishedRevision());
    r.put("date", item.publishedAt().toString());
    ArrayNode tag = r.putArray("tag");
    tag.add("award");
    if (p.contractSignedOn() != null) {
      tag.add("contract");
    }
    r.put("initiationType", "tender");
    r.put("language", "zh");
    ArrayNode parties = r.putArray("parties");
    ObjectNode buyer = party(parties, "buyer-1", p.purchaser(), "buyer");
    r.set("buyer", F.objectNode().put("id", buyer.get("id").asText()).put("name", p.purchaser()));
    if (p.agent() != null && !p.agent().isBlank()) {
      party(parties, "agent-1", p.agent(), "procuringEntity");
    }
    ObjectNode tender = r.putObject("tender");
    tender.put("id", p.projectNumber());
    tender.put("title", p.projectName());
    tender.set("value", value(p.budget()));
    tender.put("procurementMethod", method(p.method()));
    tender.put("procurementMethodDetails", p.method() == null ? null : p.method().label());
    ArrayNode items = tender.putArray("items");
    int n = 0;
    for (ProcurementResult.Item i : p.items()) {
      ObjectNode it = items.addObject();
      it.put("id", Integer.toString(++n));
      it.put("description", i.specification() == null ? i.name() : i.name() + "：" + i.specification());
      if (i.quantity() != null) {
        it.put("quantity", i.quantity());
      }
      ObjectNode unit = it.putObject("unit");
      unit.put("name", i.unitOfMeasure());
      if (i.unitPrice() != null) {
        unit.set("value", value(i.unitPrice()));
      }
    }
    ArrayNode awards = r.putArray("awards");
    int a = 0;
    for (ProcurementResult.Award award : p.awards()) {
      ObjectNode supplier = party(parties, award.creditCode(), award.supplier(), "supplier");
      supplier.putObject("identifier").put("scheme", "CN-USCC").put("id", award.creditCode())
          .put("legalName", award.supplier());
      ObjectNode aw = awards.addObject();
      aw.put("id", p.projectNumber() + "-award-" + (++a));
      aw.put("status", "active");
      aw.put("date", p.determinedOn() == null ? null : p.determinedOn().toString());
      aw.set("value", value(award.amount()));
      aw.putArray("suppliers").addObject().put("id", award.creditCode()).put("name", award.supplier());
    }
    if (p.contractSignedOn() != null && !p.awards().isEmpty()) {
      ObjectNode c = r.putArray("contracts").addObject();
      c.put("id", p.projectNumber() + "-contract-1");
      c.put("awardID", p.projectNumber() + "-award-1");
      c.put("status", "active");
      c.put("dateSigned", p.contractSignedOn().toString());
    }
    return r;
  }

  private static ObjectNode party(ArrayNode parties, String id, String name, String role) {
    ObjectNode party = parties.addObject();
    party.put("id", id);
    party.put("name", name);
    party.putArray("roles").add(role);
    return party;
  }

  private static ObjectNode value(Money m) {
    ObjectNode v = F.objectNode();
    if (m != null && m.amount() != null && m.unit() != null) {
      BigDecimal yuan = m.toYuan();
      v.put("amount", yuan.stripTrailingZeros().scale() < 0 ? yuan.setScale(0) : yuan.stripTrailingZeros());
      v.put("currency", "CNY");
    }
    return v;
  }

  /** OCDS's closed method codelist: open, selective, limited, direct. */
  private static String method(ProcurementResult.Method m) {
    if (m == null) {
      return null;
    }
    return switch (m) {
      case OPEN_TENDERING -> "open";
      case INVITED_TENDERING, COMPETITIVE_NEGOTIATION, COMPETITIVE_CONSULTATION, REQUEST_FOR_QUOTATION,
          FRAMEWORK_AGREEMENT -> "selective";
      case SINGLE_SOURCE -> "direct";
    };
  }
}
