package org.opendisclosure.rest.auth;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.opendisclosure.core.ValidationException;
import org.opendisclosure.core.model.Actor;
import org.opendisclosure.rest.store.RestStore;

/**
 * API tokens: 256 random bits shown once ({@code od_} + base64url), stored only as
 * HMAC-SHA256(pepper, token), so a copy of the database alone does not let anyone in. Thread-safe.
 */
public final class ApiTokens {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern ACCOUNT_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private static final Pattern TOKEN = Pattern.compile("od_[A-Za-z0-9_-]{43}");

  private final RestStore store;
  private final byte[] pepper;
  private final Clock clock;

  public ApiTokens(RestStore store, String pepper, Clock clock) {
    this.store = store;
    this.pepper = pepper.getBytes(StandardCharsets.UTF_8);
    this.clock = clock;
  }

  /** A new token and its id; the token is not kept. */
  public record Issued(String id, String token, RestStore.Token metadata) {}

  /** Creates the account unless it exists; false when it existed. */
  public boolean ensureAccount(String id, String name) {
    if (id == null || !ACCOUNT_ID.matcher(id).matches()) {
      throw ValidationException.of("id", "must be 1–64 lower-case letters, digits, '.', '_' or '-'");
    }
    String display = name == null || name.isBlank() ? id : name.strip();
    if (display.length() > 200) {
      throw ValidationException.of("name", "must be at most 200 characters");
    }
    return store.insertAccount(new RestStore.Account(id, display, clock.instant()));
  }

  public Issued issue(String accountId, String label) {
    String text = label == null || label.isBlank() ? "token" : label.strip();
    if (text.length() > 200) {
      throw ValidationException.of("label", "must be at most 200 characters");
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = "od_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    byte[] idBytes = new byte[12];
    RANDOM.nextBytes(idBytes);
    String id = "tok_" + HexFormat.of().formatHex(idBytes);
    RestStore.Token meta = new RestStore.Token(id, accountId, text, clock.instant(), null);
    store.insertToken(meta, hash(token));
    return new Issued(id, token, meta);
  }

  /** The actor a live token acts as. */
  public Optional<Actor> authenticate(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    return store.accountByTokenHash(hash(token)).map(a -> Actor.of(a.id(), a.name()));
  }

  String hash(String token) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(pepper, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }
}
