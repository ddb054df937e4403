package org.opendisclosure.core;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.opendisclosure.core.calendar.WorkingDayCalendar;
import org.opendisclosure.core.catalogue.Catalogue;
import org.opendisclosure.core.catalogue.Category;
import org.opendisclosure.core.html.HtmlSanitizer;
import org.opendisclosure.core.model.Actor;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.core.model.Organ;
import org.opendisclosure.core.model.Status;
import org.opendisclosure.core.privacy.Masker;
import org.opendisclosure.core.privacy.PrivacyScanner;
import org.opendisclosure.core.store.Store;
import org.opendisclosure.core.store.StoreTransaction;
import org.opendisclosure.core.workflow.Action;
import org.opendisclosure.core.workflow.Grant;
import org.opendisclosure.core.workflow.Role;
import org.opendisclosure.core.workflow.Transitions;

/** What the facade's parts share: the store, the clock and the rules. Immutable. */
record Core(
    Store store,
    Clock clock,
    Catalogue catalogue,
    WorkingDayCalendar calendar,
    HtmlSanitizer sanitizer,
    PrivacyScanner scanner,
    Masker masker,
    int feedbackPerClientPerHour) {

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), Disclosures.ZONE);
  }

  Category category(Item item) {
    return catalogue.find(item.categoryCode()).orElseThrow(() -> new DisclosureException(
        "item " + item.id() + " has category " + item.categoryCode() + ", which the catalogue no longer has"));
  }

  static ItemNotFoundException notFound(ItemId id) {
    return new ItemNotFoundException("no item " + id);
  }

  static Item item(StoreTransaction tx, ItemId id) {
    return tx.findItem(id).orElseThrow(() -> notFound(id));
  }

  /** The longest chain of organs {@link #organChain} follows (a guard against a cycle in the tree). */
  private static final int MAX_CHAIN = 10;

  /** The organ and its ancestors, nearest first. */
  static List<String> organChain(StoreTransaction tx, String organCode) {
    return organChain(organCode, code -> tx.findOrgan(code).orElse(null));
  }

  /**
   * The organs of {@code codes} that exist and every ancestor {@link #organChain} would reach from
   * them, by code: one {@link StoreTransaction#findOrgans} per level of the tree, however many
   * organs a batch names.
   */
  static Map<String, Organ> organsWithAncestors(StoreTransaction tx, Collection<String> codes) {
    Map<String, Organ> known = new HashMap<>();
    Set<String> asked = new HashSet<>();
    Set<String> next = new LinkedHashSet<>();
    for (String code : codes) {
      if (code != null) {
        next.add(code);
      }
    }
    for (int level = 0; level < MAX_CHAIN && !next.isEmpty(); level++) {
      asked.addAll(next);
      Map<String, Organ> found = tx.findOrgans(next);
      known.putAll(found);
      next = new LinkedHashSet<>();
      for (Organ organ : found.values()) {
        if (organ.parentCode() != null && !asked.contains(organ.parentCode())) {
          next.add(organ.parentCode());
        }
      }
    }
    return known;
  }

  /** {@link #organChain} read from organs already loaded ({@link #organsWithAncestors}). */
  static List<String> organChain(Map<String, Organ> known, String organCode) {
    return organChain(organCode, known::get);
  }

  private static List<String> organChain(String organCode, Function<String, Organ> find) {
    List<String> chain = new ArrayList<>();
    for (String code = organCode; code != null && chain.size() < MAX_CHAIN; ) {
      Organ organ = find.apply(code);
      if (organ == null) {
        break;
      }
      chain.add(organ.code());
      code = organ.parentCode();
    }
    return chain;
  }

  /**
   * The roles among {@code grants} (one actor's) held on any organ of {@code chain}, as {@link
   * #roles} reads them.
   */
  static Set<Role> rolesOn(List<Grant> grants, List<String> chain) {
    Set<Role> held = EnumSet.noneOf(Role.class);
    for (Grant grant : grants) {
      if (chain.contains(grant.organCode())) {
        held.add(grant.role());
      }
    }
    return held;
  }

  static Set<Role> roles(StoreTransaction tx, Actor actor, String organCode) {
    return tx.roles(actor.id(), organChain(tx, organCode));
  }

  /**
   * Checks that {@code actor} may take {@code action} on {@code item}: first that they hold a
   * role the action needs at all (a stranger learns nothing about the item's state), then the
   * status, then the role for that status.
   */
  static void authorize(StoreTransaction tx, Actor actor, Item item, Action action) {
    Set<Role> held = roles(tx, actor, item.organCode());
    boolean anyRole = false;
    for (Status s : Status.values()) {
      anyRole |= Transitions.permits(action, s, held);
    }
    if (!anyRole) {
      throw new AccessDeniedException(actor.id() + " holds no role on " + item.organCode() + " that allows " + action);
    }
    Transitions.statusRefusal(action, item.status(), item.publishedRevision() > 0).ifPresent(reason -> {
      throw new IllegalTransitionException(item.id(), item.status(), action.name(), reason);
    });
    if (!Transitions.permits(action, item.status(), held)) {
      throw new AccessDeniedException(actor.id() + " may not " + action + " an item in status " + item.status()
          + "; it needs one of " + Transitions.rolesFor(action, item.status()));
    }
  }
}
