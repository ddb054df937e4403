package org.opendisclosure.rest.resources;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.opendisclosure.rest.api.AccountRequest;
import org.opendisclosure.rest.api.AccountView;
import org.opendisclosure.rest.api.GrantView;
import org.opendisclosure.rest.api.TokenRequest;
import org.opendisclosure.rest.auth.Accounts;
import org.opendisclosure.rest.auth.Authenticated;
import org.opendisclosure.rest.auth.Caller;
import org.opendisclosure.rest.view.AdminQueries;

/** Accounts, their roles per organ and their API tokens (shown once, stored as hashes). */
@Path("/api/v1/admin")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AccountsResource {
  private final Accounts accounts;

  public AccountsResource(Accounts accounts) {
    this.accounts = accounts;
  }

  @GET
  @Path("me")
  public AccountView me(@Context SecurityContext sc) {
    return accounts.get(Caller.of(sc), Caller.of(sc).id());
  }

  @POST
  @Path("accounts")
  public Response create(AccountRequest r, @Context SecurityContext sc) {
    AccountRequest b = AdminQueries.required(r);
    return Response.status(201).entity(accounts.create(Caller.of(sc), b.id(), b.name())).build();
  }

  @GET
  @Path("accounts/{account}")
  public AccountView get(@PathParam("account") String account, @Context SecurityContext sc) {
    return accounts.get(Caller.of(sc), account);
  }

  @POST
  @Path("accounts/{account}/grants")
  public AccountView grant(@PathParam("account") String account, GrantView r, @Context SecurityContext sc) {
    GrantView b = AdminQueries.required(r);
    return accounts.grant(Caller.of(sc), account, b.organ(), b.role());
  }

  @DELETE
  @Path("accounts/{account}/grants/{organ}/{role}")
  public AccountView revoke(@PathParam("account") String account, @PathParam("organ") String organ,
      @PathParam("role") String role, @Context SecurityContext sc) {
    return accounts.revoke(Caller.of(sc), account, organ, role);
  }

  @POST
  @Path("accounts/{account}/tokens")
  public Response issue(@PathParam("account") String account, TokenRequest r, @Context SecurityContext sc) {
    String label = r == null ? null : r.label();
    return Response.status(201).entity(accounts.issue(Caller.of(sc), account, label)).build();
  }

  @DELETE
  @Path("tokens/{token}")
  public Response revokeToken(@PathParam("token") String token, @Context SecurityContext sc) {
    accounts.revokeToken(Caller.of(sc), token);
    return Response.noContent().build();
  }
}
