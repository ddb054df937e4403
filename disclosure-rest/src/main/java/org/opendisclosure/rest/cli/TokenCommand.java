package org.opendisclosure.rest.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.opendisclosure.core.ValidationException;
import org.opendisclosure.core.workflow.Grant;
import org.opendisclosure.core.workflow.Role;
import org.opendisclosure.rest.ServerContext;
import org.opendisclosure.rest.auth.ApiTokens;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code token create}: an API token for an account, made on the command line (the first admin's). */
@Command(name = "token", mixinStandardHelpOptions = true, description = "API tokens",
    subcommands = TokenCommand.Create.class)
final class TokenCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Creates the account if needed, grants the roles given, and prints a new token once.")
  static final class Create implements Callable<Integer> {
    @Mixin
    Main.Settings settings;

    @Option(names = "--account", required = true, paramLabel = "ID", description = "Account id, e.g. county-admin")
    String account;

    @Option(names = "--name", paramLabel = "NAME", description = "Display name of a new account")
    String name;

    @Option(names = "--grant", paramLabel = "ORGAN=ROLE", description = "A role on an organ, e.g. "
        + "11350825MB0000001Q=ADMIN; repeatable")
    List<String> grants = new ArrayList<>();

    @Option(names = "--label", paramLabel = "TEXT", description = "What the token is for")
    String label;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try (ServerContext ctx = settings.open()) {
        ApiTokens tokens = ctx.tokens();
        tokens.ensureAccount(account, name);
        for (String g : grants) {
          int eq = g.indexOf('=');
          if (eq < 1) {
            throw ValidationException.of("--grant", "must be ORGAN=ROLE, was " + g);
          }
          ctx.disclosures().grant(new Grant(account, g.substring(0, eq),
              Role.valueOf(g.substring(eq + 1).strip().toUpperCase(Locale.ROOT))));
        }
        ApiTokens.Issued t = tokens.issue(account, label == null ? "cli" : label);
        spec.commandLine().getOut().println("token for " + account + " (shown once; id " + t.id() + "):");
        spec.commandLine().getOut().println(t.token());
      }
      return 0;
    }
  }
}
