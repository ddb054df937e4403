package org.opendisclosure.core.log;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citizen's verifier: confirms, without trusting the server, that a published item is the one
 * the log committed to. Given the item as the API serves it, its inclusion proof, the signed
 * checkpoint and the log's public key, it checks
 *
 * <ol>
 *   <li>that the checkpoint (a C2SP signed note) is signed by the key;
 *   <li>that the leaf names the item's {@code id};
 *   <li>that the leaf's {@code contentSha256} is the SHA-256 of the canonical JSON of the item's
 *       {@code content};
 *   <li>that the proof's {@code treeSize} is the checkpoint's size;
 *   <li>that the RFC 9162 inclusion proof leads from the leaf's hash to the checkpoint's root.
 * </ol>
 *
 * <p>Run it as a single-file program with any JDK 17 or later, nothing else needed:
 *
 * <pre>
 * curl -s https://example.gov.cn/api/v1/items/ID       &gt; item.json
 * curl -s https://example.gov.cn/api/v1/items/ID/proof &gt; proof.json
 * curl -s https://example.gov.cn/api/v1/log/checkpoint &gt; checkpoint.txt
 * java LogVerifier.java item.json proof.json checkpoint.txt KEY_NAME BASE64_PUBLIC_KEY
 * </pre>
 *
 * where the key name and the base64 raw 32-byte Ed25519 public key are the ones the log publishes
 * ({@code GET /api/v1/log/key}); obtain them from a source you trust, not only from the same
 * server. Each check is printed with a tick or a cross; the exit status is 0 only if all pass (1
 * if one fails, 2 for a usage or file error). {@code item.json} is a JSON object with {@code id}
 * and {@code content}; {@code proof.json} is {@code {"leafIndex", "treeSize", "leaf" (base64),
 * "auditPath" (base64 hashes)}}; {@code checkpoint.txt} is the signed note.
 *
 * <p>This file depends on nothing but the JDK, not even on the other classes of its package, so
 * that it can be read in one sitting and run on its own. It therefore repeats, on purpose and in
 * small, the canonical JSON, signed-note and Merkle code of {@code CanonicalJson}, {@code
 * SignedNotes}, {@code Checkpoint} and {@code Merkle}; the tests check that the two agree. The
 * source is ASCII only, so it compiles whatever the platform's default encoding.
 *
 * <p>Stateless and thread-safe.
 */
public final class LogVerifier {
  private static final int HASH_LENGTH = 32;
  private static final int MAX_DEPTH = 100;
  private static final int MAX_DIGITS = 1000;
  private static final String DASH = "\u2014 ";
  private static final int MAX_SIGNATURES = 100;
  private static final Pattern NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
  private static final byte[] X509_PREFIX = {
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00
  };

  private LogVerifier() {}

  /** The checks, in the order they are reported. */
  public enum Check {
    /** The checkpoint is signed by the given key. */
    SIGNATURE("checkpoint is signed by the log key"),
    /** The leaf names the item. */
    ITEM("leaf names this item"),
    /** The leaf's content hash is the hash of the item's canonical content. */
    CONTENT("content matches the hash in the leaf"),
    /** The proof is for the checkpoint's tree size. */
    TREE_SIZE("proof is for the checkpoint's tree size"),
    /** The inclusion proof leads from the leaf to the checkpoint's root. */
    INCLUSION("leaf is included in the signed tree");

    private final String description;

    Check(String description) {
      this.description = description;
    }

    /** What the check confirms, in words. */
    public String description() {
      return description;
    }
  }

  /**
   * The outcome of one check. Immutable.
   *
   * @param check which check
   * @param passed whether it passed
   * @param detail what was compared, or why it failed
   */
  public record Outcome(Check check, boolean passed, String detail) {}

  /**
   * The outcomes of all checks, one per {@link Check}, in its order. Immutable.
   *
   * @param outcomes the outcomes
   */
  public record Result(List<Outcome> outcomes) {
    /** Copies the list. */
    public Result {
      outcomes = List.copyOf(outcomes);
    }

    /** Whether {@code check} passed. */
    public boolean passed(Check check) {
      return outcomes.stream().anyMatch(o -> o.check() == check && o.passed());
    }

    /** Whether every check passed. */
    public boolean allPassed() {
      return outcomes.size() == Check.values().length
          && outcomes.stream().allMatch(Outcome::passed);
    }
  }

  /** The command line; see the class comment. */
  public static void main(String[] args) {
    Charset cs = System.console() != null ? System.console().charset() : Charset.defaultCharset();
    PrintStream out = new PrintStream(System.out, true, cs);
    System.exit(run(args, out, cs.newEncoder().canEncode("\u2713\u2717")));
  }

  /**
   * Runs the command line, printing to {@code out} with tick and cross if {@code symbols}, else
   * with {@code [ok]} and {@code [FAIL]}; returns the exit status.
   */
  static int run(String[] args, PrintStream out, boolean symbols) {
    if (args.length != 5) {
      out.println("usage: java LogVerifier.java item.json proof.json checkpoint.txt"
          + " KEY_NAME BASE64_PUBLIC_KEY");
      return 2;
    }
    String item;
    String proof;
    String note;
    byte[] key;
    try {
      item = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
      proof = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
      note = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8);
    } catch (IOException e) {
      out.println("cannot read " + e.getMessage());
      return 2;
    }
    try {
      key = Base64.getDecoder().decode(args[4].strip());
    } catch (IllegalArgumentException e) {
      out.println("the public key is not base64: " + e.getMessage());
      return 2;
    }
    Result result = verify(item, proof, note, args[3], key);
    for (Outcome o : result.outcomes()) {
      String mark = o.passed() ? (symbols ? "\u2713" : "[ok]") : (symbols ? "\u2717" : "[FAIL]");
      out.println(mark + " " + o.check().description() + " (" + o.detail() + ")");
    }
    out.println(result.allPassed() ? "VERIFIED" : "NOT VERIFIED");
    return result.allPassed() ? 0 : 1;
  }

  /**
   * Runs every check on the given inputs. Never throws on malformed input: the checks that
   * cannot be made fail with a detail saying why.
   *
   * @param itemJson the item as served by the API: a JSON object with {@code id} and {@code
   *     content}
   * @param proofJson {@code {"leafIndex", "treeSize", "leaf", "auditPath"}}
   * @param checkpointNote the signed checkpoint
   * @param keyName the log's key name
   * @param rawKey the log's raw 32-byte Ed25519 public key
   */
  public static Result verify(
      String itemJson, String proofJson, String checkpointNote, String keyName, byte[] rawKey) {
    Map<Check, Outcome> outcomes = new LinkedHashMap<>();

    // The checkpoint: signature, then its body.
    String noteText = noteText(checkpointNote);
    boolean signed = noteText != null && verifyNote(checkpointNote, noteText, keyName, rawKey);
    outcomes.put(Check.SIGNATURE, new Outcome(Check.SIGNATURE, signed,
        noteText == null ? "the checkpoint is not a signed note"
            : signed ? "key " + keyName : "no valid signature by key " + keyName));
    long checkpointSize = -1;
    byte[] checkpointRoot = null;
    String checkpointProblem = null;
    try {
      if (noteText == null) {
        throw new IllegalArgumentException("the checkpoint is not a signed note");
      }
      String[] lines = noteText.split("\n", -1);
      if (lines.length < 4 || lines[0].isEmpty() || !lines[1].matches("0|[1-9][0-9]{0,18}")) {
        throw new IllegalArgumentException("the checkpoint has no tree size line");
      }
      checkpointSize = Long.parseLong(lines[1]);
      checkpointRoot = base64(lines[2], "the checkpoint root hash");
      if (checkpointRoot.length != HASH_LENGTH) {
        throw new IllegalArgumentException("the checkpoint root hash is not 32 bytes");
      }
    } catch (IllegalArgumentException e) {
      checkpointProblem = e.getMessage();
    }

    // The proof and its leaf.
    long leafIndex = -1;
    long treeSize = -1;
    byte[] leaf = null;
    List<byte[]> path = null;
    Map<?, ?> leafFields = null;
    String proofProblem = null;
    try {
      Map<?, ?> proof = object(parse(proofJson), "the proof");
      leafIndex = longValue(proof.get("leafIndex"), "leafIndex");
      treeSize = longValue(proof.get("treeSize"), "treeSize");
      leaf = base64(string(proof.get("leaf"), "leaf"), "the leaf");
      if (!(proof.get("auditPath") instanceof List<?> list)) {
        throw new IllegalArgumentException("the proof has no auditPath list");
      }
      path = new ArrayList<>();
      for (Object element : list) {
        path.add(base64(string(element, "auditPath element"), "an auditPath element"));
      }
      leafFields = object(parse(new String(leaf, StandardCharsets.UTF_8)), "the leaf");
    } catch (IllegalArgumentException e) {
      proofProblem = e.getMessage();
    }

    // The item.
    Object itemId = null;
    String contentHash = null;
    String itemProblem = null;
    try {
      Map<?, ?> item = object(parse(itemJson), "the item");
      itemId = item.get("id");
      if (!item.containsKey("content")) {
        throw new IllegalArgumentException("the item has no content");
      }
      contentHash = hex(sha256(canonical(item.get("content")).getBytes(StandardCharsets.UTF_8)));
    } catch (IllegalArgumentException e) {
      itemProblem = e.getMessage();
    }

    if (leafFields == null || itemProblem != null) {
      String why = leafFields == null ? proofProblem : itemProblem;
      outcomes.put(Check.ITEM, new Outcome(Check.ITEM, false, why));
      outcomes.put(Check.CONTENT, new Outcome(Check.CONTENT, false, why));
    } else {
      Object leafItem = leafFields.get("item");
      boolean sameItem = leafItem instanceof String && leafItem.equals(itemId);
      outcomes.put(Check.ITEM, new Outcome(Check.ITEM, sameItem,
          "leaf item " + leafItem + ", item id " + itemId));
      Object leafHash = leafFields.get("contentSha256");
      boolean sameContent = contentHash.equals(leafHash);
      outcomes.put(Check.CONTENT, new Outcome(Check.CONTENT, sameContent,
          sameContent ? "SHA-256 " + contentHash
              : "leaf has " + leafHash + ", content hashes to " + contentHash));
    }

    if (checkpointProblem != null || proofProblem != null) {
      String why = checkpointProblem != null ? checkpointProblem : proofProblem;
      outcomes.put(Check.TREE_SIZE, new Outcome(Check.TREE_SIZE, false, why));
      outcomes.put(Check.INCLUSION, new Outcome(Check.INCLUSION, false, why));
    } else {
      boolean sameSize = treeSize == checkpointSize;
      outcomes.put(Check.TREE_SIZE, new Outcome(Check.TREE_SIZE, sameSize,
          "proof " + treeSize + ", checkpoint " + checkpointSize));
      boolean included = verifyInclusion(leafIndex, checkpointSize, leafHash(leaf), path,
          checkpointRoot);
      outcomes.put(Check.INCLUSION, new Outcome(Check.INCLUSION, included,
          "leaf " + leafIndex + " of " + checkpointSize + ", root " + hex(checkpointRoot)));
    }
    List<Outcome> ordered = new ArrayList<>();
    for (Check c : Check.values()) {
      ordered.add(outcomes.get(c));
    }
    return new Result(ordered);
  }

  // ---- RFC 9162 ----------------------------------------------------------------------------

  /** RFC 9162 section 2.1.3.2. */
  static boolean verifyInclusion(
      long leafIndex, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
    if (leafIndex < 0 || leafIndex >= size || root == null || root.length != HASH_LENGTH) {
      return false;
    }
    long fn = leafIndex;
    long sn = size - 1;
    byte[] r = leafHash;
    for (byte[] p : proof) {
      if (sn == 0 || p.length != HASH_LENGTH) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = nodeHash(p, r);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        r = nodeHash(r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && MessageDigest.isEqual(r, root);
  }

  private static byte[] leafHash(byte[] entry) {
    byte[] prefixed = new byte[entry.length + 1];
    System.arraycopy(entry, 0, prefixed, 1, entry.length);
    return sha256(prefixed);
  }

  private static byte[] nodeHash(byte[] left, byte[] right) {
    byte[] prefixed = new byte[1 + left.length + right.length];
    prefixed[0] = 0x01;
    System.arraycopy(left, 0, prefixed, 1, left.length);
    System.arraycopy(right, 0, prefixed, 1 + left.length, right.length);
    return sha256(prefixed);
  }

  // ---- C2SP signed note ----------------------------------------------------------------------

  /** The text of a well-formed note (as Go's note.Open parses it), or null. */
  private static String noteText(String note) {
    if (note == null) {
      return null;
    }
    for (int i = 0; i < note.length(); i++) {
      if (note.charAt(i) < 0x20 && note.charAt(i) != '\n') {
        return null;
      }
    }
    int split = note.lastIndexOf("\n\n");
    if (split < 0 || !note.endsWith("\n") || note.length() == split + 2) {
      return null;
    }
    return note.substring(0, split + 1);
  }

  /**
   * Whether the note has a valid signature by the key and no invalid one (as Go's note.Open);
   * lines by other keys are skipped but must be well formed.
   */
  private static boolean verifyNote(String note, String text, String keyName, byte[] rawKey) {
    if (keyName == null || keyName.isEmpty() || rawKey == null || rawKey.length != 32) {
      return false;
    }
    byte[] keyHash = Arrays.copyOf(sha256(concat(
        (keyName + "\n").getBytes(StandardCharsets.UTF_8), new byte[] {0x01}, rawKey)), 4);
    String[] lines = note.substring(text.length() + 1, note.length() - 1).split("\n", -1);
    if (lines.length > MAX_SIGNATURES) {
      return false; // malformed, as in Go
    }
    boolean found = false;
    for (String line : lines) {
      int space = line.indexOf(' ', DASH.length());
      if (!line.startsWith(DASH) || space <= DASH.length()) {
        return false; // malformed note
      }
      String name = line.substring(DASH.length(), space);
      String b64 = line.substring(space + 1);
      byte[] blob;
      try {
        blob = Base64.getDecoder().decode(b64);
      } catch (IllegalArgumentException e) {
        return false;
      }
      if (blob.length < 5 || !Base64.getEncoder().encodeToString(blob).equals(b64)) {
        return false;
      }
      if (!name.equals(keyName) || !MessageDigest.isEqual(Arrays.copyOf(blob, 4), keyHash)) {
        continue;
      }
      byte[] signature = Arrays.copyOfRange(blob, 4, blob.length);
      if (!ed25519(rawKey, text.getBytes(StandardCharsets.UTF_8), signature)) {
        return false;
      }
      found = true;
    }
    return found;
  }

  private static boolean ed25519(byte[] rawKey, byte[] message, byte[] signature) {
    try {
      PublicKey key = KeyFactory.getInstance("Ed25519")
          .generatePublic(new X509EncodedKeySpec(concat(X509_PREFIX, rawKey)));
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key);
      verifier.update(message);
      return verifier.verify(signature);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false; // a malformed key or signature does not verify
    }
  }

  // ---- canonical JSON ------------------------------------------------------------------------

  /** Canonical JSON as CanonicalJson writes it: sorted keys, no spaces, plain numbers. */
  static String canonical(Object value) {
    StringBuilder sb = new StringBuilder();
    writeCanonical(value, sb);
    return sb.toString();
  }

  private static void writeCanonical(Object value, StringBuilder sb) {
    if (value == null) {
      sb.append("null");
    } else if (value instanceof String s) {
      sb.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"' || c == '\\') {
          sb.append('\\').append(c);
        } else if (c < 0x20) {
          sb.append("\\u00").append(HexFormat.of().toHexDigits((byte) c));
        } else {
          sb.append(c);
        }
      }
      sb.append('"');
    } else if (value instanceof BigDecimal d) {
      sb.append(d.toPlainString());
    } else if (value instanceof Boolean b) {
      sb.append(b.booleanValue());
    } else if (value instanceof Map<?, ?> map) {
      TreeMap<String, Object> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put((String) k, v));
      sb.append('{');
      String sep = "";
      for (Map.Entry<String, Object> e : sorted.entrySet()) {
        sb.append(sep);
        sep = ",";
        writeCanonical(e.getKey(), sb);
        sb.append(':');
        writeCanonical(e.getValue(), sb);
      }
      sb.append('}');
    } else {
      sb.append('[');
      String sep = "";
      for (Object element : (List<?>) value) {
        sb.append(sep);
        sep = ",";
        writeCanonical(element, sb);
      }
      sb.append(']');
    }
  }

  /** Strict RFC 8259 parsing, as CanonicalJson.parse does it. */
  static Object parse(String json) {
    if (json == null) {
      throw new IllegalArgumentException("no JSON");
    }
    JsonParser p = new JsonParser(json);
    Object value = p.value(0);
    p.space();
    if (p.pos != json.length()) {
      throw p.error("unexpected content after the JSON value");
    }
    return value;
  }

  private static final class JsonParser {
    private final String s;
    private int pos;

    JsonParser(String s) {
      this.s = s;
    }

    IllegalArgumentException error(String message) {
      return new IllegalArgumentException("invalid JSON at position " + pos + ": " + message);
    }

    void space() {
      while (pos < s.length() && " \t\n\r".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
    }

    int peek() {
      return pos < s.length() ? s.charAt(pos) : -1;
    }

    void expect(char c) {
      if (peek() != c) {
        throw error("expected '" + c + "'");
      }
      pos++;
    }

    Object value(int depth) {
      space();
      int c = peek();
      if (c == '{' || c == '[') {
        if (depth >= MAX_DEPTH) {
          throw error("nesting deeper than " + MAX_DEPTH);
        }
        return c == '{' ? object(depth + 1) : array(depth + 1);
      }
      if (c == '"') {
        return string();
      }
      if (c == '-' || (c >= '0' && c <= '9')) {
        return number();
      }
      for (String word : new String[] {"true", "false", "null"}) {
        if (s.startsWith(word, pos)) {
          pos += word.length();
          return word.equals("null") ? null : Boolean.valueOf(word);
        }
      }
      throw error(c < 0 ? "unexpected end of input" : "unexpected character");
    }

    Map<String, Object> object(int depth) {
      pos++;
      Map<String, Object> map = new LinkedHashMap<>();
      space();
      if (peek() == '}') {
        pos++;
        return map;
      }
      while (true) {
        space();
        int at = pos;
        String key = string();
        if (map.containsKey(key)) {
          pos = at;
          throw error("duplicate key \"" + key + "\"");
        }
        space();
        expect(':');
        map.put(key, value(depth));
        space();
        if (peek() == '}') {
          pos++;
          return map;
        }
        expect(',');
      }
    }

    List<Object> array(int depth) {
      pos++;
      List<Object> list = new ArrayList<>();
      space();
      if (peek() == ']') {
        pos++;
        return list;
      }
      while (true) {
        list.add(value(depth));
        space();
        if (peek() == ']') {
          pos++;
          return list;
        }
        expect(',');
      }
    }

    String string() {
      expect('"');
      StringBuilder sb = new StringBuilder();
      while (peek() != '"') {
        int c = peek();
        if (c < 0x20) {
          throw error(c < 0 ? "unterminated string" : "unescaped control character");
        }
        pos++;
        if (c != '\\') {
          sb.append((char) c);
          continue;
        }
        int e = peek();
        pos++;
        int i = "\"\\/bfnrt".indexOf(e);
        if (i >= 0) {
          sb.append("\"\\/\b\f\n\r\t".charAt(i));
        } else if (e == 'u' && pos + 4 <= s.length()
            && s.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
          sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
          pos += 4;
        } else {
          pos--;
          throw error("bad escape");
        }
      }
      pos++;
      String result = sb.toString();
      for (int i = 0; i < result.length(); i++) {
        char c = result.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < result.length()
            && Character.isLowSurrogate(result.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          throw error("string has an unpaired surrogate");
        }
      }
      return result;
    }

    BigDecimal number() {
      int start = pos;
      Matcher m = NUMBER.matcher(s).region(pos, s.length());
      if (!m.lookingAt()) {
        throw error("bad number");
      }
      pos = m.end();
      try {
        BigDecimal d = new BigDecimal(s.substring(start, pos));
        long digits = Math.max((long) d.precision() - d.scale(), 1) + Math.max(d.scale(), 0);
        if (digits > MAX_DIGITS) {
          throw new NumberFormatException();
        }
        return d;
      } catch (NumberFormatException | ArithmeticException e) {
        pos = start;
        throw error("number out of range");
      }
    }
  }

  // ---- small helpers -------------------------------------------------------------------------

  private static Map<?, ?> object(Object value, String what) {
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(what + " is not a JSON object");
    }
    return map;
  }

  private static String string(Object value, String what) {
    if (!(value instanceof String s)) {
      throw new IllegalArgumentException(what + " is not a string");
    }
    return s;
  }

  private static long longValue(Object value, String what) {
    if (!(value instanceof BigDecimal d)) {
      throw new IllegalArgumentException(what + " is not a number");
    }
    try {
      return d.longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(what + " is not a whole number");
    }
  }

  private static byte[] base64(String text, String what) {
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " is not base64");
    }
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
