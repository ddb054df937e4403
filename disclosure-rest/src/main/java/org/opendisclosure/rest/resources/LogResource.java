package org.opendisclosure.rest.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Base64;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.ValidationException;
import org.opendisclosure.core.log.Checkpoint;
import org.opendisclosure.core.log.ConsistencyProof;
import org.opendisclosure.core.log.LogPublicKey;
import org.opendisclosure.core.log.SignedHead;
import org.opendisclosure.core.log.SignedNotes;
import org.opendisclosure.rest.api.ConsistencyView;
import org.opendisclosure.rest.api.LogEntriesView;
import org.opendisclosure.rest.api.LogHeadView;
import org.opendisclosure.rest.api.LogKeyView;
import org.opendisclosure.rest.http.PublicCache;

/** The transparency log for everyone: checkpoint, key, head, leaves, consistency proofs. */
@Path("/api/v1/log")
@Produces(MediaType.APPLICATION_JSON)
public final class LogResource {
  private static final Base64.Encoder B64 = Base64.getEncoder();
  private final Disclosures disclosures;

  public LogResource(Disclosures disclosures) {
    this.disclosures = disclosures;
  }

  @GET
  @Path("checkpoint")
  @Produces("text/plain; charset=UTF-8")
  @PublicCache
  public String checkpoint() {
    return disclosures.logCheckpoint().note();
  }

  @GET
  @Path("key")
  @PublicCache
  public LogKeyView key() {
    LogPublicKey key = disclosures.logPublicKey();
    return new LogKeyView(key.name(), B64.encodeToString(key.raw()), key.verifierKey());
  }

  @GET
  @Path("head")
  @PublicCache
  public LogHeadView head() {
    SignedHead head = disclosures.logCheckpoint();
    Checkpoint cp = Checkpoint.parse(SignedNotes.body(head.note()));
    return new LogHeadView(cp.origin(), head.size(), B64.encodeToString(cp.rootHash()), head.signedAt(), head.note());
  }

  @GET
  @Path("entries")
  @PublicCache
  public LogEntriesView entries(@QueryParam("start") String start, @QueryParam("end") String end) {
    long from = number("start", start);
    long to = number("end", end);
    return new LogEntriesView(from, to, disclosures.logEntries(from, to).stream()
        .map(l -> B64.encodeToString(l.entry().getBytes(java.nio.charset.StandardCharsets.UTF_8))).toList());
  }

  @GET
  @Path("consistency")
  @PublicCache
  public ConsistencyView consistency(@QueryParam("first") String first, @QueryParam("second") String second) {
    ConsistencyProof p = disclosures.logConsistency(number("first", first), number("second", second));
    return new ConsistencyView(p.first(), p.second(), p.path().stream().map(B64::encodeToString).toList());
  }

  private static long number(String name, String value) {
    if (value == null || value.isBlank()) {
      throw ValidationException.of(name, "is required");
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw ValidationException.of(name, "must be a whole number");
    }
  }
}
