package org.opendisclosure.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendisclosure.core.catalogue.Category;
import org.opendisclosure.core.catalogue.PrivacyPolicy;
import org.opendisclosure.core.history.Diffs;
import org.opendisclosure.core.history.PublicHistory;
import org.opendisclosure.core.history.PublicVersion;
import org.opendisclosure.core.internal.PayloadCodec;
import org.opendisclosure.core.model.EventType;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.ItemEvent;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.core.model.ItemView;
import org.opendisclosure.core.model.Revision;
import org.opendisclosure.core.payload.Payload;
import org.opendisclosure.core.privacy.MaskingPolicy;
import org.opendisclosure.core.store.StoreTransaction;

/**
 * Everything the public may see, and nothing else: the published revision (masked where the
 * category is a household list) and the public history. Thread-safe.
 */
final class PublicViews {
  private final Core core;

  PublicViews(Core core) {
    this.core = core;
  }

  Optional<ItemView> published(ItemId id) {
    return core.store().inTransaction(tx -> tx.findItem(id)
        .filter(Item::isPublic)
        .flatMap(item -> tx.findRevision(id, item.publishedRevision())
            .map(r -> new ItemView(item, mask(core.category(item), r)))));
  }

  /**
   * The public views of those of {@code ids} whose published revision has content (as {@link
   * #published} gives them, leaving out redacted ones), in the order of {@code ids}; one
   * transaction and one query per 500 ids.
   */
  Map<ItemId, ItemView> publishedContent(Collection<ItemId> ids) {
    Map<ItemId, ItemView> read = new HashMap<>();
    for (ItemView v : core.store().inTransaction(tx -> tx.publishedViews(ids))) {
      if (!v.revision().isRedacted()) {
        read.put(v.id(), v);
      }
    }
    Map<ItemId, ItemView> out = new LinkedHashMap<>();
    for (ItemId id : ids) {
      ItemView v = read.get(id);
      if (v != null && !out.containsKey(id)) {
        out.put(id, new ItemView(v.item(), mask(core.category(v.item()), v.revision())));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  PublicHistory history(ItemId id) {
    return core.store().inTransaction(tx -> {
      Item item = tx.findItem(id).filter(i -> i.publishedRevision() > 0).orElseThrow(() -> Core.notFound(id));
      Category category = core.category(item);
      List<PublicVersion> versions = new ArrayList<>();
      PublicHistory.Withdrawal withdrawal = null;
      Revision previous = null;
      for (ItemEvent e : tx.events(id)) {
        if (e.type() == EventType.PUBLISHED || e.type() == EventType.CORRECTED) {
          Revision r = mask(category, revision(tx, id, e.revision()));
          boolean correction = e.type() == EventType.CORRECTED;
          versions.add(new PublicVersion(r, e.at(), correction, correction ? e.comment() : null,
              previous == null || previous.isRedacted() || r.isRedacted() ? null : Diffs.between(previous, r)));
          previous = r;
        } else if (e.type() == EventType.WITHDRAWN) {
          withdrawal = new PublicHistory.Withdrawal(e.at(), e.comment());
        }
      }
      if (withdrawal != null) {
        // The content left every public view; the fact and reason of the withdrawal stay.
        return new PublicHistory(id, List.of(), withdrawal);
      }
      return new PublicHistory(id, versions, null);
    });
  }

  private static Revision revision(StoreTransaction tx, ItemId id, int number) {
    return tx.findRevision(id, number).orElseThrow(() -> new DisclosureException("revision " + number + " of " + id
        + " is missing from the store"));
  }

  /** The revision as the public may see it under the category's privacy policy. */
  Revision mask(Category category, Revision r) {
    if (category.privacy() != PrivacyPolicy.HOUSEHOLD_LIST || r.isRedacted()) {
      return r;
    }
    MaskingPolicy policy = MaskingPolicy.standard();
    JsonNode tree = maskTree(PayloadCodec.toTree(r.payload()), policy);
    Payload payload;
    try {
      payload = PayloadCodec.mapper().treeToValue(tree, r.payload().kind().type());
    } catch (JsonProcessingException e) {
      throw new DisclosureException("masked payload of " + r.itemId() + " cannot be read back", e);
    }
    return new Revision(r.itemId(), r.number(), core.masker().mask(r.title(), policy), r.formedOn(), payload,
        core.masker().mask(r.bodyHtml(), policy), core.masker().mask(r.bodyText(), policy), r.author(),
        r.createdAt(), r.reason(), r.contentHash(), r.redaction());
  }

  private JsonNode maskTree(JsonNode node, MaskingPolicy policy) {
    if (node.isTextual()) {
      return TextNode.valueOf(core.masker().mask(node.asText(), policy));
    }
    if (node.isObject()) {
      ObjectNode copy = ((ObjectNode) node).objectNode();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        copy.set(e.getKey(), maskTree(e.getValue(), policy));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = ((ArrayNode) node).arrayNode();
      node.forEach(child -> copy.add(maskTree(child, policy)));
      return copy;
    }
    return node;
  }
}
