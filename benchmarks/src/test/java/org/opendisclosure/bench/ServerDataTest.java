package org.opendisclosure.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.glassfish.grizzly.http.server.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendisclosure.bench.corpus.Corpus;
import org.opendisclosure.rest.DisclosureServer;
import org.opendisclosure.rest.ServerConfig;
import org.opendisclosure.rest.ServerContext;
import org.opendisclosure.search.DisclosureIndex;

/**
 * A prepared data folder is what the server serves as it is: reopened by the server's own wiring,
 * the index is complete and in step, and every search text of the HTTP suites answers 200 through
 * the load driver, as it does in process. The server runs in this JVM here (the suites use its jar).
 */
class ServerDataTest {
  private static final Corpus CORPUS = Corpus.of(Corpus.DEFAULT_SEED, 60);

  @Test
  void aPreparedFolderIsServedAsItIs(@TempDir Path tmp) {
    Path dir = ServerData.prepare(tmp.resolve("server"), CORPUS);
    assertThat(dir.resolve("complete")).exists();

    try (ServerContext ctx = ServerContext.open(ServerConfig.forDataDir(dir), Clock.systemUTC())) {
      var search = ctx.openSearch();
      assertThat(search.index().documentCount()).isEqualTo(CORPUS.size());
      assertThat(search.lag()).isZero();
      HttpServer server = DisclosureServer.start(ctx);
      try {
        List<String> paths = HttpLoad.searchPaths(SearchLoad.texts());
        LoadReport r = HttpLoad.counted("127.0.0.1", DisclosureServer.port(server), paths, 2, paths.size());

        assertThat(r.errors()).as(r.firstError()).isZero();
        assertThat(r.calls()).isEqualTo(2L * paths.size());
        assertThat(r.bytesPerCall()).isGreaterThan(100);
      } finally {
        server.shutdownNow();
      }
    }
  }

  @Test
  void aCompleteFolderIsReusedAndTheInProcessPeerSearchesIt(@TempDir Path tmp) throws Exception {
    Path dir = ServerData.prepare(tmp.resolve("server"), CORPUS);
    Files.writeString(dir.resolve("untouched"), "x");

    assertThat(ServerData.prepare(dir, CORPUS)).isEqualTo(dir);
    assertThat(dir.resolve("untouched")).exists();
    try (DisclosureIndex index = DisclosureIndex.open(ServerConfig.forDataDir(dir).searchIndexDir(), Clock.systemUTC())) {
      LoadReport r = ClosedLoop.counted(2, w -> SearchLoad.inProcess(index, SearchLoad.texts(), w), 5);
      assertThat(r.errors()).isZero();
      assertThat(SearchLoad.page(index, "补偿").totalHits()).isPositive();
    }
  }

  @Test
  void aFolderOfAnOlderIndexLayoutKeepsItsStoreAndGetsItsIndexRebuilt(@TempDir Path tmp) throws Exception {
    Path dir = ServerData.prepare(tmp.resolve("server"), CORPUS);
    // as a version before index layout 2 left it: the marker without the layout; its index goes
    Files.writeString(dir.resolve("complete"), CORPUS.size() + " items\n");
    Corpora.deleteTree(ServerConfig.forDataDir(dir).searchIndexDir());
    Files.writeString(dir.resolve("untouched"), "x");

    assertThat(ServerData.prepare(dir, CORPUS)).isEqualTo(dir);
    assertThat(dir.resolve("untouched")).exists();
    assertThat(Corpora.marker(dir.resolve("complete"))).endsWith(Corpora.layout());
    try (DisclosureIndex index = DisclosureIndex.open(ServerConfig.forDataDir(dir).searchIndexDir(), Clock.systemUTC())) {
      assertThat(index.documentCount()).isEqualTo(CORPUS.size());
    }
  }
}
