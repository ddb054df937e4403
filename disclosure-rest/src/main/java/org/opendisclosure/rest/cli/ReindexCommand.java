package org.opendisclosure.rest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.opendisclosure.rest.ServerConfig;
import org.opendisclosure.rest.ServerContext;
import org.opendisclosure.rest.search.SearchService;
import org.opendisclosure.search.IndexFollower;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code reindex}: rebuilds the search index from the store's change feed, with a progress bar. */
@Command(name = "reindex", mixinStandardHelpOptions = true, description = "Deletes the search index and rebuilds it "
    + "from the store (stop the server first: the index folder is locked while it runs).")
final class ReindexCommand implements Callable<Integer> {
  private static final int WIDTH = 40;

  @Mixin
  Main.Settings settings;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ServerConfig config = settings.load();
    PrintWriter out = spec.commandLine().getOut();
    try (ServerContext ctx = ServerContext.open(config, java.time.Clock.systemUTC())) {
      long target = ctx.disclosures().lastChangeSequence();
      delete(config.searchIndexDir());
      try (SearchService search = SearchService.open(ctx.disclosures(), config.searchIndexDir(),
          p -> out.print("\r" + bar(p, target)))) {
        search.catchUp();
        out.println("\r" + bar(new IndexFollower.Progress(target, -1, true), target));
        out.println("index rebuilt in " + config.searchIndexDir().toAbsolutePath() + ": "
            + search.index().documentCount() + " published items");
      }
    }
    return 0;
  }

  static String bar(IndexFollower.Progress p, long target) {
    double share = target == 0 ? 1 : Math.min(1, (double) p.sequence() / target);
    int done = (int) Math.round(share * WIDTH);
    return "[" + "#".repeat(done) + ".".repeat(WIDTH - done) + "] " + String.format(java.util.Locale.ROOT, "%3d%%",
        Math.round(share * 100)) + "  change " + p.sequence() + "/" + target
        + (p.itemsApplied() >= 0 ? ", " + p.itemsApplied() + " items" : "");
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
