package org.opendisclosure.core.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.core.log.LogVerifier.Check;
import org.opendisclosure.core.log.LogVerifier.Result;

class LogVerifierTest {
  private static final String ORIGIN = "example.gov.cn/disclosure-log";
  private static final String KEY_NAME = "example.gov.cn";
  private static final int SIZE = 13;
  private static final int INDEX = 6;
  private static final Base64.Encoder B64 = Base64.getEncoder();

  private final KeyPair key = LogKeys.generate();
  private final byte[] rawKey = LogKeys.rawPublicKey(key.getPublic());
  private final MemoryTree tree = new MemoryTree();
  private final List<byte[]> leaves = new ArrayList<>();

  @TempDir Path dir;

  /** The content of item {@code i} as the API serves it (Jackson's order, not canonical). */
  private static String contentJson(int i, String title) {
    return "{\n"
        + "    \"title\" : \"" + title + "\",\n"
        + "    \"formedOn\" : \"2026-03-0" + (1 + i % 9) + "\",\n"
        + "    \"kind\" : \"three-public-expenses\",\n"
        + "    \"payload\" : { \"total\" : 1.50, \"lines\" : [ { \"amount\" : 1E+3 } ] },\n"
        + "    \"body\" : \"<p>\u5173\u4e8e\u516c\u5f00\u7684\u8bf4\u660e \\\"" + i + "\\\"</p>\"\n"
        + "  }";
  }

  private static String itemId(int i) {
    return "01JNB7Z4X5P9Q2R3S4T5V6W7" + (10 + i);
  }

  private static String itemJson(int i, String title) {
    return "{\n  \"id\" : \"" + itemId(i) + "\",\n  \"status\" : \"PUBLISHED\",\n"
        + "  \"content\" : " + contentJson(i, title) + "\n}";
  }

  private static String title(int i) {
    return "2025\u5e74\u5ea6\u4e09\u516c\u7ecf\u8d39 " + i;
  }

  @BeforeEach
  void buildLog() {
    for (int i = 0; i < SIZE; i++) {
      String hash = CanonicalJson.sha256Hex(CanonicalJson.canonicalize(contentJson(i, title(i))));
      LeafEntry entry = new LeafEntry(itemId(i), 1, "PUBLISHED",
          Instant.parse("2026-03-03T01:00:00Z").plusSeconds(i), "110105", hash);
      byte[] leaf = entry.encode();
      leaves.add(leaf);
      tree.append(leaf);
    }
  }

  private String proofJson(int index, long treeSize, byte[] leaf, List<byte[]> path) {
    return "{\"leafIndex\": " + index + ", \"treeSize\": " + treeSize + ", \"leaf\": \""
        + B64.encodeToString(leaf) + "\", \"auditPath\": ["
        + path.stream().map(h -> "\"" + B64.encodeToString(h) + "\"")
            .collect(Collectors.joining(", "))
        + "]}";
  }

  private String proofJson() {
    return proofJson(INDEX, SIZE, leaves.get(INDEX), tree.inclusionProof(INDEX, SIZE));
  }

  private String checkpoint(long size, byte[] root, KeyPair signer) {
    return SignedNotes.sign(new Checkpoint(ORIGIN, size, root).body(), KEY_NAME,
        signer.getPrivate(), LogKeys.rawPublicKey(signer.getPublic()));
  }

  private String checkpoint() {
    return checkpoint(SIZE, tree.root(), key);
  }

  private Result verify(String item, String proof, String note) {
    return LogVerifier.verify(item, proof, note, KEY_NAME, rawKey);
  }

  private static List<Check> failed(Result result) {
    return result.outcomes().stream().filter(o -> !o.passed()).map(o -> o.check()).toList();
  }

  @Test
  void anItemInTheSignedTreeVerifies() {
    Result result = verify(itemJson(INDEX, title(INDEX)), proofJson(), checkpoint());

    assertThat(result.outcomes()).extracting(o -> o.check()).containsExactly(Check.values());
    assertThat(failed(result)).isEmpty();
    assertThat(result.allPassed()).isTrue();
    assertThat(result.passed(Check.INCLUSION)).isTrue();
  }

  @Test
  void everyLeafOfEveryTreeSizeVerifies() {
    for (int size = 1; size <= SIZE; size++) {
      String note = checkpoint(size, tree.root(size), key);
      for (int i = 0; i < size; i++) {
        String proof = proofJson(i, size, leaves.get(i), tree.inclusionProof(i, size));
        assertThat(failed(verify(itemJson(i, title(i)), proof, note)))
            .as("leaf %d of %d", i, size)
            .isEmpty();
      }
    }
  }

  @Test
  void changedContentFailsTheContentCheck() {
    Result result = verify(itemJson(INDEX, title(INDEX) + "\u4fee\u6539"), proofJson(),
        checkpoint());

    assertThat(failed(result)).containsExactly(Check.CONTENT);
    assertThat(result.outcomes().get(2).detail()).startsWith("leaf has ");
    String oneFiftyChanged = itemJson(INDEX, title(INDEX)).replace("1.50", "1.5");
    assertThat(failed(verify(oneFiftyChanged, proofJson(), checkpoint())))
        .containsExactly(Check.CONTENT);
  }

  @Test
  void anotherItemFailsTheItemAndContentChecks() {
    assertThat(failed(verify(itemJson(INDEX + 1, title(INDEX + 1)), proofJson(), checkpoint())))
        .containsExactly(Check.ITEM, Check.CONTENT);
    String renamed = itemJson(INDEX, title(INDEX)).replace(itemId(INDEX), itemId(INDEX + 1));
    assertThat(failed(verify(renamed, proofJson(), checkpoint()))).containsExactly(Check.ITEM);
  }

  @Test
  void aTamperedProofFailsInclusion() {
    List<byte[]> path = tree.inclusionProof(INDEX, SIZE);
    for (int j = 0; j < path.size(); j++) {
      List<byte[]> tampered = new ArrayList<>(path);
      byte[] element = path.get(j).clone();
      element[7] ^= 0x10;
      tampered.set(j, element);
      String proof = proofJson(INDEX, SIZE, leaves.get(INDEX), tampered);
      assertThat(failed(verify(itemJson(INDEX, title(INDEX)), proof, checkpoint())))
          .as("element %d", j)
          .containsExactly(Check.INCLUSION);
    }
    String wrongIndex = proofJson(INDEX + 1, SIZE, leaves.get(INDEX), path);
    assertThat(failed(verify(itemJson(INDEX, title(INDEX)), wrongIndex, checkpoint())))
        .containsExactly(Check.INCLUSION);
    String wrongSize = proofJson(INDEX, SIZE - 1, leaves.get(INDEX), path);
    assertThat(failed(verify(itemJson(INDEX, title(INDEX)), wrongSize, checkpoint())))
        .containsExactly(Check.TREE_SIZE);
  }

  @Test
  void aLeafThatIsNotInTheTreeFailsInclusionEvenIfItMatchesTheItem() {
    // A server that edits an item and makes up a matching leaf cannot prove it is in the tree.
    String edited = title(INDEX) + " (edited)";
    String hash = CanonicalJson.sha256Hex(CanonicalJson.canonicalize(contentJson(INDEX, edited)));
    byte[] madeUp = new LeafEntry(itemId(INDEX), 1, "PUBLISHED",
        Instant.parse("2026-03-03T01:00:06Z"), "110105", hash).encode();
    String proof = proofJson(INDEX, SIZE, madeUp, tree.inclusionProof(INDEX, SIZE));

    assertThat(failed(verify(itemJson(INDEX, edited), proof, checkpoint())))
        .containsExactly(Check.INCLUSION);
  }

  @Test
  void aTamperedCheckpointFailsItsSignature() {
    String note = checkpoint();
    String grown = note.replaceFirst("\n" + SIZE + "\n", "\n" + (SIZE + 1) + "\n");
    // (The audit path of leaf 6 happens to lead to the same root in a tree of 14: RFC 9162
    // verification does not bind the size, the signature over size and root does.)
    assertThat(failed(verify(itemJson(INDEX, title(INDEX)), proofJson(), grown)))
        .containsExactly(Check.SIGNATURE, Check.TREE_SIZE);

    String otherRoot = checkpoint(SIZE, tree.root(SIZE - 1), key);
    assertThat(failed(verify(itemJson(INDEX, title(INDEX)), proofJson(), otherRoot)))
        .containsExactly(Check.INCLUSION);
    String forged = otherRoot.replace(SignedNotes.body(otherRoot), SignedNotes.body(note));
    assertThat(failed(verify(itemJson(INDEX, title(INDEX)), proofJson(), forged)))
        .containsExactly(Check.SIGNATURE);
  }

  @Test
  void aSignedCheckpointWhoseRootIsOfAnotherSizeFailsInclusion() {
    // Signed, but the root is that of the first 8 leaves while the size says 16: the audit path
    // of the smaller tree reaches that root with leaves to spare, which RFC 9162 rejects.
    String bogus = checkpoint(16, tree.root(8), key);
    String proof = proofJson(INDEX, 16, leaves.get(INDEX), tree.inclusionProof(INDEX, 8));

    assertThat(failed(verify(itemJson(INDEX, title(INDEX)), proof, bogus)))
        .containsExactly(Check.INCLUSION);
  }

  @Test
  void anotherKeyFailsTheSignature() {
    KeyPair other = LogKeys.generate();

    assertThat(failed(verify(itemJson(INDEX, title(INDEX)), proofJson(),
            checkpoint(SIZE, tree.root(), other))))
        .containsExactly(Check.SIGNATURE);
    assertThat(failed(LogVerifier.verify(itemJson(INDEX, title(INDEX)), proofJson(), checkpoint(),
            KEY_NAME, LogKeys.rawPublicKey(other.getPublic()))))
        .containsExactly(Check.SIGNATURE);
    assertThat(failed(LogVerifier.verify(itemJson(INDEX, title(INDEX)), proofJson(), checkpoint(),
            "other.example", rawKey)))
        .containsExactly(Check.SIGNATURE);
  }

  @Test
  void aLaterCheckpointNeedsALaterProof() {
    for (int i = 0; i < 5; i++) {
      tree.append(("later-" + i).getBytes(StandardCharsets.UTF_8));
    }
    String later = checkpoint(tree.size(), tree.root(), key);

    assertThat(failed(verify(itemJson(INDEX, title(INDEX)), proofJson(), later)))
        .contains(Check.TREE_SIZE, Check.INCLUSION);
    String laterProof = proofJson(INDEX, tree.size(), leaves.get(INDEX),
        tree.inclusionProof(INDEX, tree.size()));
    assertThat(failed(verify(itemJson(INDEX, title(INDEX)), laterProof, later))).isEmpty();
  }

  @Test
  void malformedInputFailsChecksWithoutThrowing() {
    String item = itemJson(INDEX, title(INDEX));
    String proof = proofJson();
    String note = checkpoint();

    assertThat(failed(verify("not json", proof, note))).containsExactly(Check.ITEM, Check.CONTENT);
    assertThat(failed(verify("{\"id\":\"x\"}", proof, note)))
        .containsExactly(Check.ITEM, Check.CONTENT);
    assertThat(failed(verify(item, "{}", note)))
        .containsExactly(Check.ITEM, Check.CONTENT, Check.TREE_SIZE, Check.INCLUSION);
    assertThat(failed(verify(item, proof.replace("\"leaf\": \"", "\"leaf\": \"!"), note)))
        .containsExactly(Check.ITEM, Check.CONTENT, Check.TREE_SIZE, Check.INCLUSION);
    assertThat(failed(verify(item, proof, "just text\n"))).containsExactly(Check.SIGNATURE,
        Check.TREE_SIZE, Check.INCLUSION);
    assertThat(failed(verify(null, null, null))).containsExactly(Check.values());
    assertThat(failed(LogVerifier.verify(item, proof, note, null, null)))
        .containsExactly(Check.SIGNATURE);
  }

  @Test
  void theVerifiersCanonicalJsonAgreesWithCanonicalJson() {
    Random random = new Random(7);
    for (int i = 0; i < 500; i++) {
      String json = CanonicalJson.write(CanonicalJsonTest.randomValue(random, 0));
      assertThat(LogVerifier.canonical(LogVerifier.parse(json))).isEqualTo(json);
    }
    String pretty = contentJson(3, title(3));
    assertThat(LogVerifier.canonical(LogVerifier.parse(pretty)))
        .isEqualTo(CanonicalJson.canonicalize(pretty));
    for (String bad : List.of("{\"a\":1,\"a\":2}", "[".repeat(101) + "]".repeat(101), "1e1000",
        "\"\\ud800\"", "[1,]", "01", "{} x", "\"\t\"")) {
      assertThatThrownBy(() -> LogVerifier.parse(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> CanonicalJson.parse(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void runPrintsEachCheckAndReturnsTheExitStatus() throws Exception {
    Path item = Files.writeString(dir.resolve("item.json"), itemJson(INDEX, title(INDEX)));
    Path proof = Files.writeString(dir.resolve("proof.json"), proofJson());
    Path note = Files.writeString(dir.resolve("checkpoint.txt"), checkpoint());
    Path edited = Files.writeString(dir.resolve("edited.json"), itemJson(INDEX, "edited"));
    String b64Key = B64.encodeToString(rawKey);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    int ok = LogVerifier.run(new String[] {item.toString(), proof.toString(), note.toString(),
        KEY_NAME, b64Key}, out, true);
    assertThat(ok).isZero();
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("\u2713 checkpoint is signed by the log key")
        .contains("\u2713 leaf is included in the signed tree")
        .doesNotContain("\u2717")
        .endsWith("VERIFIED" + System.lineSeparator());

    bytes.reset();
    int bad = LogVerifier.run(new String[] {edited.toString(), proof.toString(), note.toString(),
        KEY_NAME, b64Key}, out, false);
    assertThat(bad).isEqualTo(1);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("[FAIL] content matches the hash in the leaf")
        .contains("[ok] leaf is included in the signed tree")
        .contains("NOT VERIFIED");

    assertThat(LogVerifier.run(new String[] {item.toString()}, out, true)).isEqualTo(2);
    assertThat(LogVerifier.run(new String[] {dir.resolve("missing").toString(), proof.toString(),
        note.toString(), KEY_NAME, b64Key}, out, true)).isEqualTo(2);
    assertThat(LogVerifier.run(new String[] {item.toString(), proof.toString(), note.toString(),
        KEY_NAME, "not base64!"}, out, true)).isEqualTo(2);
  }

  // ---- the single-file program ---------------------------------------------------------------

  private static Path source() {
    String relative = "src/main/java/org/opendisclosure/core/log/LogVerifier.java";
    Path inModule = Path.of(relative);
    return Files.exists(inModule) ? inModule : Path.of("disclosure-core").resolve(relative);
  }

  private record Run(int exit, String output) {}

  private static Run runSourceFile(String... args) throws Exception {
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Quick start-up flags only; the source launcher compiles the file in memory.
    List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1",
        "-Dfile.encoding=UTF-8", source().toAbsolutePath().toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    // Nothing from our build on the class path: the file must compile and run on its own.
    builder.environment().remove("CLASSPATH");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  @Test
  void theSourceFileIsAsciiAndImportsOnlyTheJdk() throws Exception {
    String text = Files.readString(source(), StandardCharsets.UTF_8);

    assertThat(text.chars().allMatch(c -> c < 0x80)).isTrue();
    assertThat(text.lines().filter(l -> l.startsWith("import ")))
        .allMatch(l -> l.startsWith("import java.") || l.startsWith("import javax."));
    assertThat(text).doesNotContain("org.opendisclosure.core.log.");
  }

  @Test
  void everyClassOfThePackageImportsOnlyTheJdk() throws Exception {
    Map<String, List<String>> foreign = new LinkedHashMap<>();
    try (var files = Files.list(source().getParent())) {
      for (Path file : files.toList()) {
        List<String> imports = Files.readAllLines(file).stream()
            .filter(l -> l.startsWith("import "))
            .filter(l -> !l.matches("import (static )?javax?\\..*"))
            .toList();
        if (!imports.isEmpty()) {
          foreign.put(file.getFileName().toString(), imports);
        }
      }
    }
    assertThat(foreign).isEmpty();
  }

  @Test
  void theSourceFileRunsAsASingleFileProgram() throws Exception {
    Path item = Files.writeString(dir.resolve("item.json"), itemJson(INDEX, title(INDEX)));
    Path proof = Files.writeString(dir.resolve("proof.json"), proofJson());
    Path note = Files.writeString(dir.resolve("checkpoint.txt"), checkpoint());
    Path edited = Files.writeString(dir.resolve("edited.json"), itemJson(INDEX, "edited"));
    String b64Key = B64.encodeToString(rawKey);

    Run ok = runSourceFile(item.toString(), proof.toString(), note.toString(), KEY_NAME, b64Key);
    assertThat(ok.exit()).as(ok.output()).isZero();
    assertThat(ok.output()).contains("\u2713 content matches the hash in the leaf")
        .contains("VERIFIED");

    Run bad = runSourceFile(edited.toString(), proof.toString(), note.toString(), KEY_NAME,
        b64Key);
    assertThat(bad.exit()).as(bad.output()).isEqualTo(1);
    assertThat(bad.output()).contains("\u2717 content matches the hash in the leaf");
  }
}
