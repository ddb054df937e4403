package org.opendisclosure.rest.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.glassfish.grizzly.http.server.HttpServer;
import org.opendisclosure.rest.DisclosureServer;
import org.opendisclosure.rest.ServerConfig;
import org.opendisclosure.rest.ServerContext;
import org.opendisclosure.rest.demo.DemoData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: runs the server until it is stopped (Ctrl-C or SIGTERM). */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Runs the REST server, the scheduler and (with --demo) loads the demo county once.")
final class ServeCommand implements java.util.concurrent.Callable<Integer> {
  @Mixin
  Main.Settings settings;

  @Option(names = "--demo", description = "Load the demo data (once per data folder) and print an admin token")
  boolean demo;

  @Option(names = "--port", paramLabel = "N", description = "HTTP port (default 8080 or OD_PORT)")
  Integer port;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    ServerConfig config = settings.load();
    if (port != null) {
      config = config.withPort(port);
    }
    PrintWriter out = spec.commandLine().getOut();
    ServerContext ctx = ServerContext.open(config, Clock.systemUTC());
    String token = null;
    if (demo) {
      out.println(DemoData.loadOnce(ctx) ? "demo data loaded into " + config.dataDir().toAbsolutePath()
          : "demo data already present in " + config.dataDir().toAbsolutePath() + "; reusing it");
      token = DemoData.adminToken(ctx);
    }
    ctx.startScheduler();
    ctx.openSearch();
    HttpServer server = DisclosureServer.start(ctx);
    String url = "http://localhost:" + DisclosureServer.port(server) + "/";
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.shutdownNow();
      ctx.close();
      stopped.countDown();
    }, "opendisclosure-shutdown"));
    out.println("OpenDisclosure is running at " + url);
    out.println("  published items:  " + url + "api/v1/items");
    out.println("  search:           " + url + "api/v1/search?q=低保");
    out.println("  Atom feed:        " + url + "api/v1/feed.atom");
    out.println("  API description:  " + url + "api/v1/openapi.json");
    if (token != null) {
      out.println("  admin token (shown once, ADMIN of the demo county):");
      out.println("    " + token);
      out.println("  try: curl -H 'Authorization: Bearer " + token + "' " + url + "api/v1/admin/me");
    }
    out.println("Press Ctrl-C to stop.");
    out.flush();
    stopped.await();
    return 0;
  }
}
