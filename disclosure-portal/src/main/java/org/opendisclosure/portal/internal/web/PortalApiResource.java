package org.opendisclosure.portal.internal.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.opendisclosure.core.log.InclusionProof;
import org.opendisclosure.core.log.LogPublicKey;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.portal.internal.Site;

/**
 * The little JSON the portal's scripts need: title suggestions, and — until the REST module serves
 * them under {@code /api/v1} — an item's inclusion proof, the signed checkpoint and the log key in
 * the same shapes. Everything here is public; a proof is served only for an item the public can see.
 */
@Path("/portal-api")
public final class PortalApiResource {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Base64.Encoder B64 = Base64.getEncoder();
  private static final int MAX_SUGGESTIONS = 8;

  private final Site site;

  public PortalApiResource(Site site) {
    this.site = site;
  }

  /** {@code {"suggestions": ["title", …]}} for titles with a word starting with {@code q}. */
  @GET
  @Path("suggest")
  public Response suggest(@QueryParam("q") String q) {
    List<String> titles = q == null || q.isBlank() || q.length() > 50 ? List.of()
        : site.index().suggest(q.strip(), MAX_SUGGESTIONS);
    ObjectNode root = JSON.createObjectNode();
    ArrayNode list = root.putArray("suggestions");
    titles.forEach(list::add);
    return json(root);
  }

  /** {@code {"leafIndex", "treeSize", "leaf", "auditPath"}}, base64, against the latest checkpoint. */
  @GET
  @Path("items/{id}/proof")
  public Response proof(@PathParam("id") String id) {
    Optional<InclusionProof> proof = ItemResource.parse(id)
        .filter(i -> site.disclosures().published(i).isPresent())
        .flatMap(i -> site.disclosures().logProof(i));
    if (proof.isEmpty()) {
      return Response.status(404).type("application/json").entity("{\"title\":\"not found\"}").build();
    }
    InclusionProof p = proof.get();
    ObjectNode root = JSON.createObjectNode();
    root.put("leafIndex", p.leafIndex());
    root.put("treeSize", p.treeSize());
    root.put("leaf", B64.encodeToString(p.leaf()));
    ArrayNode path = root.putArray("auditPath");
    p.auditPath().forEach(h -> path.add(B64.encodeToString(h)));
    return json(root);
  }

  /** The latest signed checkpoint, a C2SP signed note. */
  @GET
  @Path("log/checkpoint")
  public Response checkpoint() {
    return Response.ok(site.disclosures().logCheckpoint().note(), "text/plain; charset=UTF-8")
        .header("Cache-Control", "no-cache").build();
  }

  /** {@code {"name", "publicKey"}}: the raw 32-byte Ed25519 key in base64. */
  @GET
  @Path("log/key")
  public Response key() {
    LogPublicKey key = site.disclosures().logPublicKey();
    ObjectNode root = JSON.createObjectNode();
    root.put("name", key.name());
    root.put("publicKey", B64.encodeToString(key.raw()));
    return json(root);
  }

  private static Response json(ObjectNode node) {
    try {
      return Response.ok(JSON.writeValueAsString(node), "application/json").header("Cache-Control", "no-cache").build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plain JSON tree", e);
    }
  }
}
