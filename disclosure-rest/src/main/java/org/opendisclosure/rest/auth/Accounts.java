package org.opendisclosure.rest.auth;

import java.util.List;
import org.opendisclosure.core.AccessDeniedException;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.ItemNotFoundException;
import org.opendisclosure.core.ValidationException;
import org.opendisclosure.core.model.Actor;
import org.opendisclosure.core.workflow.Grant;
import org.opendisclosure.core.workflow.Role;
import org.opendisclosure.rest.api.AccountView;
import org.opendisclosure.rest.api.NewToken;
import org.opendisclosure.rest.api.TokenView;
import org.opendisclosure.rest.store.RestStore;
import org.opendisclosure.rest.view.Views;

/**
 * Accounts, roles and tokens, and who may manage them. An ADMIN of some organ may create accounts
 * and grant roles on the organs it administers (the core checks each grant). Tokens of an account
 * may be issued or revoked by the account itself or by an ADMIN of every organ the account holds a
 * role on, so nobody can mint a token that acts beyond their own reach. Thread-safe.
 */
public final class Accounts {
  private final Disclosures disclosures;
  private final RestStore store;
  private final ApiTokens tokens;

  public Accounts(Disclosures disclosures, RestStore store, ApiTokens tokens) {
    this.disclosures = disclosures;
    this.store = store;
    this.tokens = tokens;
  }

  public AccountView create(Actor caller, String id, String name) {
    Access.requireAdminAnywhere(disclosures, caller);
    if (!tokens.ensureAccount(id, name)) {
      throw ValidationException.of("id", "account " + id + " exists already");
    }
    return view(id);
  }

  public AccountView get(Actor caller, String id) {
    if (!caller.id().equals(id)) {
      Access.requireAdminAnywhere(disclosures, caller);
    }
    return view(id);
  }

  public AccountView grant(Actor caller, String id, String organ, String role) {
    requireAccount(id);
    disclosures.grant(new Grant(id, organ, role(role)), caller);
    return view(id);
  }

  public AccountView revoke(Actor caller, String id, String organ, String role) {
    requireAccount(id);
    disclosures.revoke(new Grant(id, organ, role(role)), caller);
    return view(id);
  }

  public NewToken issue(Actor caller, String id, String label) {
    requireAccount(id);
    requireReach(caller, id);
    ApiTokens.Issued t = tokens.issue(id, label);
    return new NewToken(t.id(), id, t.token(), t.metadata().createdAt());
  }

  public void revokeToken(Actor caller, String tokenId) {
    RestStore.Token t = store.findToken(tokenId).orElseThrow(() -> new ItemNotFoundException("no token " + tokenId));
    requireReach(caller, t.accountId());
    store.revokeToken(tokenId, disclosures.clock().instant());
  }

  private void requireReach(Actor caller, String accountId) {
    if (caller.id().equals(accountId)) {
      return;
    }
    Access.requireAdminAnywhere(disclosures, caller);
    for (Grant g : disclosures.grants(accountId)) {
      if (!disclosures.roles(caller.id(), g.organCode()).contains(Role.ADMIN)) {
        throw new AccessDeniedException(caller.id() + " is not an ADMIN of " + g.organCode() + ", where " + accountId
            + " holds " + g.role());
      }
    }
  }

  private void requireAccount(String id) {
    if (id == null || store.findAccount(id).isEmpty()) {
      throw new ItemNotFoundException("no account " + id);
    }
  }

  private static Role role(String role) {
    if (role == null) {
      throw ValidationException.of("role", "is required");
    }
    try {
      return Role.valueOf(role.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("role", "must be one of " + List.of(Role.values()) + ", was " + role);
    }
  }

  private AccountView view(String id) {
    RestStore.Account a = store.findAccount(id).orElseThrow(() -> new ItemNotFoundException("no account " + id));
    return new AccountView(a.id(), a.name(), a.createdAt(),
        disclosures.grants(id).stream().map(Views::grant).toList(),
        store.tokens(id).stream().map(t -> new TokenView(t.id(), t.label(), t.createdAt(), t.revokedAt())).toList());
  }
}
