package org.opendisclosure.rest.cli;

import java.util.concurrent.Callable;
import org.opendisclosure.core.model.Organ;
import org.opendisclosure.core.model.OrganLevel;
import org.opendisclosure.rest.ServerContext;
import org.opendisclosure.rest.view.Enums;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code organ add}: registers an organ, e.g. the county of a new installation. */
@Command(name = "organ", mixinStandardHelpOptions = true, description = "Disclosing organs",
    subcommands = OrganCommand.Add.class)
final class OrganCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Registers an organ (its parent first).")
  static final class Add implements Callable<Integer> {
    @Mixin
    Main.Settings settings;

    @Option(names = "--code", required = true, description = "Stable code, usually the 统一社会信用代码")
    String code;

    @Option(names = "--name", required = true, description = "Name, e.g. 某县人民政府")
    String name;

    @Option(names = "--level", required = true, description = "COUNTY, DEPARTMENT, TOWNSHIP or VILLAGE")
    String level;

    @Option(names = "--parent", description = "The parent organ's code (not for a county)")
    String parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      try (ServerContext ctx = settings.open()) {
        Organ o = ctx.disclosures().registerOrgan(new Organ(code, name, Enums.parse(OrganLevel.class, "--level", level),
            parent));
        spec.commandLine().getOut().println("registered " + o.code() + " " + o.name());
      }
      return 0;
    }
  }
}
