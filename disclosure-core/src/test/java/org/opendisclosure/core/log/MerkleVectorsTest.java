package org.opendisclosure.core.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fixed vectors for the 8-leaf tree whose entry {@code i} is the UTF-8 of {@code "leaf-" + i}.
 *
 * <p>The values were computed independently of {@link Merkle}, straight from the recursive
 * definitions of RFC 9162 §2.1 ({@code MTH}, {@code PATH}, {@code PROOF}/{@code SUBPROOF}), with
 * this Python 3 program and {@code hashlib}:
 *
 * <pre>
 * import hashlib
 * H = lambda b: hashlib.sha256(b).digest()
 * D = [("leaf-%d" % i).encode() for i in range(8)]
 * def k_of(n):                      # largest power of two smaller than n
 *     k = 1
 *     while k * 2 &lt; n: k *= 2
 *     return k
 * def MTH(d):
 *     n = len(d)
 *     if n == 0: return H(b"")
 *     if n == 1: return H(b"\x00" + d[0])
 *     k = k_of(n)
 *     return H(b"\x01" + MTH(d[:k]) + MTH(d[k:]))
 * def PATH(m, d):
 *     n = len(d)
 *     if n == 1: return []
 *     k = k_of(n)
 *     if m &lt; k: return PATH(m, d[:k]) + [MTH(d[k:])]
 *     return PATH(m - k, d[k:]) + [MTH(d[:k])]
 * def SUB(m, d, b):
 *     n = len(d)
 *     if m == n: return [] if b else [MTH(d)]
 *     k = k_of(n)
 *     if m &lt;= k: return SUB(m, d[:k], b) + [MTH(d[k:])]
 *     return SUB(m - k, d[k:], False) + [MTH(d[:k])]
 * # roots: MTH(D[:n]).hex(); inclusion: PATH(m, D[:n]); consistency: SUB(m, D[:n], True)
 * </pre>
 *
 * The same program reproduces the roots of the RFC 6962 test tree used by Certificate
 * Transparency implementations (checked in {@link #rfc6962TestTreeRoots}).
 */
class MerkleVectorsTest {
  private static final HexFormat HEX = HexFormat.of();

  private static final String EMPTY_ROOT =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  private static final String[] LEAF_HASHES = {
    "305df59f9590c3c9ac63d2b2743c388e3792449078cebf7fb3dbe6471643b2b7",
    "3145c409f259b7c53e32036090ff76751025a2498ba9823ef718cac50b4e616f",
    "fca89f57c9f8c8eb4047a7ff9d333acf9e0f3384b20b255bceab0f216dcca267",
    "f76836325aec5699d8d71f8e42e9d47c5c29b08059ba296384f7ca40ad3a40ae",
    "ea9fc1a1b6e191b460d0d6306e3e870c173f39330f13cda1b70cfc72bdc398ba",
    "8f1593cb92f429d9340b9bbc1f0bb122adf8026c42a4a42142e2168931727236",
    "676f3782f5b3a5fb4370ed49572cedc523f4a66322269c85f2af0509d17b0a4d",
    "060242692909024231d050c5d4434146ba77da322d450286f577c9f951615d53",
  };

  /** {@code ROOTS[n - 1]} is the root of the first {@code n} leaves. */
  private static final String[] ROOTS = {
    "305df59f9590c3c9ac63d2b2743c388e3792449078cebf7fb3dbe6471643b2b7",
    "60a53eed0de87a90c8e59427c59c46253c33a76a09502a51801300927b7e6bdc",
    "cf763a041c81ceef1578a6083f75c61bef2e0014f2a3e683a97fcfca5be7f19a",
    "bdd1c5ff55b19cb6b0e7c761bf9a6ccaa27fbbfc07b74f1fabb6e911a0bd2ab3",
    "00d21829a5503145348abcf712513eacf2a274211ad83e970202bb5b6d80b286",
    "160cf1a616e8792f9078a9665cb06520d95a33f467d0826f2310219d31383d73",
    "0b007fb915eb9b2a146f54b1c86ec53b664f8e455b7660b0b6ee13edc0d921c0",
    "ca6b7b3e674ac86c1027b59c87c064fc3bc27b313294c75f83bd05fdd13f0dcf",
  };

  private static MemoryTree tree() {
    MemoryTree tree = new MemoryTree();
    for (int i = 0; i < 8; i++) {
      tree.append(("leaf-" + i).getBytes(StandardCharsets.UTF_8));
    }
    return tree;
  }

  private static byte[] h(String hex) {
    return HEX.parseHex(hex);
  }

  private static List<String> hex(List<byte[]> hashes) {
    return hashes.stream().map(HEX::formatHex).toList();
  }

  private static List<byte[]> bytes(List<String> hexes) {
    return hexes.stream().map(HEX::parseHex).toList();
  }

  static Stream<Arguments> inclusionProofs() {
    return Stream.of(
        Arguments.of(0, 1, List.of()),
        Arguments.of(0, 8, List.of(
            "3145c409f259b7c53e32036090ff76751025a2498ba9823ef718cac50b4e616f",
            "bd45ff28796704d88bdac51b1df553fda59837b616d6d1cb2114dbc3b087ff69",
            "f58aaab46122102d66b00c5eb50b13dd763b5f800139b424fda8b1cacae1408a")),
        Arguments.of(5, 8, List.of(
            "ea9fc1a1b6e191b460d0d6306e3e870c173f39330f13cda1b70cfc72bdc398ba",
            "398ebdeb46e179eeffacef4635fd30410954e169b88e22741fa96cffb1022a85",
            "bdd1c5ff55b19cb6b0e7c761bf9a6ccaa27fbbfc07b74f1fabb6e911a0bd2ab3")),
        Arguments.of(2, 3, List.of(
            "60a53eed0de87a90c8e59427c59c46253c33a76a09502a51801300927b7e6bdc")),
        Arguments.of(3, 7, List.of(
            "fca89f57c9f8c8eb4047a7ff9d333acf9e0f3384b20b255bceab0f216dcca267",
            "60a53eed0de87a90c8e59427c59c46253c33a76a09502a51801300927b7e6bdc",
            "8eae6bd3b3a07f1f75ee72a531629e6eb31e42e62f760e47de52a53c3641ef23")),
        Arguments.of(6, 7, List.of(
            "985bb5d36b927800876871da925a7e82abe83a9ddba5882920a007a55ea2b376",
            "bdd1c5ff55b19cb6b0e7c761bf9a6ccaa27fbbfc07b74f1fabb6e911a0bd2ab3")),
        Arguments.of(4, 5, List.of(
            "bdd1c5ff55b19cb6b0e7c761bf9a6ccaa27fbbfc07b74f1fabb6e911a0bd2ab3")),
        Arguments.of(7, 8, List.of(
            "676f3782f5b3a5fb4370ed49572cedc523f4a66322269c85f2af0509d17b0a4d",
            "985bb5d36b927800876871da925a7e82abe83a9ddba5882920a007a55ea2b376",
            "bdd1c5ff55b19cb6b0e7c761bf9a6ccaa27fbbfc07b74f1fabb6e911a0bd2ab3")));
  }

  static Stream<Arguments> consistencyProofs() {
    return Stream.of(
        Arguments.of(1, 1, List.of()),
        Arguments.of(1, 8, List.of(
            "3145c409f259b7c53e32036090ff76751025a2498ba9823ef718cac50b4e616f",
            "bd45ff28796704d88bdac51b1df553fda59837b616d6d1cb2114dbc3b087ff69",
            "f58aaab46122102d66b00c5eb50b13dd763b5f800139b424fda8b1cacae1408a")),
        Arguments.of(3, 7, List.of(
            "fca89f57c9f8c8eb4047a7ff9d333acf9e0f3384b20b255bceab0f216dcca267",
            "f76836325aec5699d8d71f8e42e9d47c5c29b08059ba296384f7ca40ad3a40ae",
            "60a53eed0de87a90c8e59427c59c46253c33a76a09502a51801300927b7e6bdc",
            "8eae6bd3b3a07f1f75ee72a531629e6eb31e42e62f760e47de52a53c3641ef23")),
        Arguments.of(4, 7, List.of(
            "8eae6bd3b3a07f1f75ee72a531629e6eb31e42e62f760e47de52a53c3641ef23")),
        Arguments.of(4, 8, List.of(
            "f58aaab46122102d66b00c5eb50b13dd763b5f800139b424fda8b1cacae1408a")),
        Arguments.of(6, 8, List.of(
            "985bb5d36b927800876871da925a7e82abe83a9ddba5882920a007a55ea2b376",
            "398ebdeb46e179eeffacef4635fd30410954e169b88e22741fa96cffb1022a85",
            "bdd1c5ff55b19cb6b0e7c761bf9a6ccaa27fbbfc07b74f1fabb6e911a0bd2ab3")),
        Arguments.of(2, 5, List.of(
            "bd45ff28796704d88bdac51b1df553fda59837b616d6d1cb2114dbc3b087ff69",
            "ea9fc1a1b6e191b460d0d6306e3e870c173f39330f13cda1b70cfc72bdc398ba")),
        Arguments.of(7, 8, List.of(
            "676f3782f5b3a5fb4370ed49572cedc523f4a66322269c85f2af0509d17b0a4d",
            "060242692909024231d050c5d4434146ba77da322d450286f577c9f951615d53",
            "985bb5d36b927800876871da925a7e82abe83a9ddba5882920a007a55ea2b376",
            "bdd1c5ff55b19cb6b0e7c761bf9a6ccaa27fbbfc07b74f1fabb6e911a0bd2ab3")),
        Arguments.of(1, 2, List.of(
            "3145c409f259b7c53e32036090ff76751025a2498ba9823ef718cac50b4e616f")),
        Arguments.of(5, 6, List.of(
            "ea9fc1a1b6e191b460d0d6306e3e870c173f39330f13cda1b70cfc72bdc398ba",
            "8f1593cb92f429d9340b9bbc1f0bb122adf8026c42a4a42142e2168931727236",
            "bdd1c5ff55b19cb6b0e7c761bf9a6ccaa27fbbfc07b74f1fabb6e911a0bd2ab3")));
  }

  @Test
  void emptyRootIsTheHashOfTheEmptyString() {
    assertThat(HEX.formatHex(Merkle.emptyRoot())).isEqualTo(EMPTY_ROOT);
    assertThat(HEX.formatHex(new MemoryTree().root())).isEqualTo(EMPTY_ROOT);
  }

  @Test
  void leafHashesArePrefixedWithZero() {
    for (int i = 0; i < 8; i++) {
      byte[] entry = ("leaf-" + i).getBytes(StandardCharsets.UTF_8);
      assertThat(HEX.formatHex(Merkle.leafHash(entry))).as("leaf %d", i).isEqualTo(LEAF_HASHES[i]);
    }
  }

  @Test
  void nodeHashIsPrefixedWithOne() {
    // ROOTS[1] is the parent of leaves 0 and 1.
    assertThat(HEX.formatHex(Merkle.nodeHash(h(LEAF_HASHES[0]), h(LEAF_HASHES[1]))))
        .isEqualTo(ROOTS[1]);
  }

  @Test
  void rootsOfEveryPrefix() {
    MemoryTree tree = tree();
    for (int n = 1; n <= 8; n++) {
      assertThat(HEX.formatHex(tree.root(n))).as("root of %d leaves", n).isEqualTo(ROOTS[n - 1]);
    }
  }

  @Test
  void rootsWhileGrowing() {
    MemoryTree tree = new MemoryTree();
    for (int i = 0; i < 8; i++) {
      tree.append(("leaf-" + i).getBytes(StandardCharsets.UTF_8));
      assertThat(HEX.formatHex(tree.root())).as("root after %d appends", i + 1)
          .isEqualTo(ROOTS[i]);
    }
  }

  @ParameterizedTest(name = "leaf {0} in {1}")
  @MethodSource("inclusionProofs")
  void inclusionProofMatchesTheVector(int index, int size, List<String> expected) {
    List<byte[]> proof = tree().inclusionProof(index, size);

    assertThat(hex(proof)).isEqualTo(expected);
    assertThat(Merkle.verifyInclusion(
            index, size, h(LEAF_HASHES[index]), bytes(expected), h(ROOTS[size - 1])))
        .isTrue();
  }

  @ParameterizedTest(name = "{0} to {1}")
  @MethodSource("consistencyProofs")
  void consistencyProofMatchesTheVector(int first, int second, List<String> expected) {
    List<byte[]> proof = tree().consistencyProof(first, second);

    assertThat(hex(proof)).isEqualTo(expected);
    assertThat(Merkle.verifyConsistency(
            first, second, h(ROOTS[first - 1]), h(ROOTS[second - 1]), bytes(expected)))
        .isTrue();
  }

  @Test
  void vectorsFailWithTheWrongRoot() {
    List<String> proof = List.of(
        "3145c409f259b7c53e32036090ff76751025a2498ba9823ef718cac50b4e616f",
        "bd45ff28796704d88bdac51b1df553fda59837b616d6d1cb2114dbc3b087ff69",
        "f58aaab46122102d66b00c5eb50b13dd763b5f800139b424fda8b1cacae1408a");
    assertThat(Merkle.verifyInclusion(0, 8, h(LEAF_HASHES[0]), bytes(proof), h(ROOTS[7])))
        .isTrue();
    assertThat(Merkle.verifyInclusion(0, 8, h(LEAF_HASHES[0]), bytes(proof), h(ROOTS[6])))
        .isFalse();
    assertThat(Merkle.verifyConsistency(1, 8, h(ROOTS[0]), h(ROOTS[6]), bytes(proof))).isFalse();
  }

  /** The RFC 6962 test tree of Certificate Transparency: same program, other leaves. */
  @Test
  void rfc6962TestTreeRoots() {
    String[] leaves = {
      "", "00", "10", "2021", "3031", "40414243", "5051525354555657",
      "606162636465666768696a6b6c6d6e6f"
    };
    String[] roots = {
      "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
      "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
      "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
      "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
      "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
      "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
      "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    };
    MemoryTree tree = new MemoryTree();
    for (int i = 0; i < leaves.length; i++) {
      tree.append(HEX.parseHex(leaves[i]));
      assertThat(HEX.formatHex(tree.root())).as("root of %d leaves", i + 1).isEqualTo(roots[i]);
    }
    assertThat(hex(tree.consistencyProof(3, 7))).containsExactly(
        "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
        "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "837dbb152e9b079010717e84e865da4ebc0fa198a806d59d31bf15accef22d0e");
  }

  @Test
  void proofArgumentsAreChecked() {
    MemoryTree tree = tree();
    Merkle.Subtrees s = tree::perfect;
    assertThatThrownBy(() -> Merkle.inclusionProof(8, 8, s))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leaf index 8 is not in a tree of size 8");
    assertThatThrownBy(() -> Merkle.inclusionProof(-1, 8, s))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leaf index -1");
    assertThatThrownBy(() -> Merkle.inclusionProof(0, 0, s))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tree size must be at least 1");
    assertThatThrownBy(() -> Merkle.consistencyProof(5, 4, s))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("first tree size 5 is larger than second tree size 4");
    assertThatThrownBy(() -> Merkle.consistencyProof(0, 4, s))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("first tree size must be at least 1");
    assertThatThrownBy(() -> Merkle.root(-1, s))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("size must not be negative");
    assertThatThrownBy(() -> tree.inclusionProof(0, 9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("larger than the log");
  }

  @Test
  void aMissingSubtreeIsReported() {
    Merkle.Subtrees none = (level, index) -> null;
    assertThatThrownBy(() -> Merkle.root(4, none))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no subtree hash at level 2, index 0");
    assertThatThrownBy(() -> Merkle.nodesToStore(1, h(LEAF_HASHES[1]), none))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("level 0, index 0");
  }
}
