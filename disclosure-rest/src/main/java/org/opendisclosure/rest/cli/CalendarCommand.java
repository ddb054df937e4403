package org.opendisclosure.rest.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.opendisclosure.rest.ServerContext;
import org.opendisclosure.rest.store.CalendarFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code calendar load FILE}: a new year's statutory holidays, without a release. */
@Command(name = "calendar", mixinStandardHelpOptions = true, description = "The working-day calendar",
    subcommands = CalendarCommand.Load.class)
final class CalendarCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "load", mixinStandardHelpOptions = true, description = "Loads a holiday file (JSON: {\"years\": "
      + "[{\"year\", \"source\", \"daysOff\", \"makeUpWorkdays\"}]}) and keeps it for every later start.")
  static final class Load implements Callable<Integer> {
    @Mixin
    Main.Settings settings;

    @Parameters(paramLabel = "FILE", description = "The holiday file")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      byte[] json = Files.readAllBytes(file);
      try (ServerContext ctx = settings.open()) {
        List<Integer> years = CalendarFiles.load(ctx.store(), ctx.disclosures().calendar(), ctx.clock(),
            file.getFileName().toString(), json);
        spec.commandLine().getOut().println("loaded " + years + "; known years now "
            + ctx.disclosures().calendar().knownYears());
      }
      return 0;
    }
  }
}
