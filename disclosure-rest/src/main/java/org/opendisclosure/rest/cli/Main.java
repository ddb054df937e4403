package org.opendisclosure.rest.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.opendisclosure.core.DisclosureException;
import org.opendisclosure.core.ValidationException;
import org.opendisclosure.rest.ServerConfig;
import org.opendisclosure.rest.ServerContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line of {@code disclosure-server.jar}: {@code serve}, {@code token create},
 * {@code calendar load}, {@code organ add}, {@code reindex} and {@code verify}. Each takes
 * {@code --config FILE} and {@code --data DIR}; environment variables work as documented in the
 * README.
 */
@Command(name = "disclosure-server", mixinStandardHelpOptions = true, version = "OpenDisclosure 0.1",
    description = "OpenDisclosure REST server (政务公开)",
    subcommands = {ServeCommand.class, TokenCommand.class, CalendarCommand.class, OrganCommand.class,
        ReindexCommand.class, VerifyCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (tests call this). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("error: " + message(e));
      return e instanceof DisclosureException ? 2 : 1;
    });
    return cli.execute(args);
  }

  private static String message(Exception e) {
    if (e instanceof ValidationException v) {
      return v.getMessage();
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = e.getMessage();
    if (root != e && root.getMessage() != null && m != null && m.contains("Database may be already in use")) {
      return "the database is in use by another process (a running server?). Stop it first, or use PostgreSQL.";
    }
    return m;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Options every command shares. */
  static final class Settings {
    @Option(names = "--config", paramLabel = "FILE", description = "A properties file (see the README); "
        + "environment variables win over it")
    Path config;

    @Option(names = "--data", paramLabel = "DIR", description = "The data folder (default ./data or OD_DATA_DIR)")
    Path data;

    ServerConfig load() {
      ServerConfig c = ServerConfig.from(System.getenv(), config);
      return data == null ? c : c.withDataDir(data);
    }

    ServerContext open() {
      return ServerContext.open(load(), Clock.systemUTC());
    }
  }
}
