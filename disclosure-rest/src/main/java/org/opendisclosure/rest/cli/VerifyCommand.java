package org.opendisclosure.rest.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.opendisclosure.core.log.LogVerification;
import org.opendisclosure.rest.ServerContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code verify}: checks the transparency log against the store and names every problem. */
@Command(name = "verify", mixinStandardHelpOptions = true, description = "Recomputes every content hash from the "
    + "store, checks every leaf of the transparency log and the latest signed tree head; exit code 3 when anything "
    + "does not verify.")
final class VerifyCommand implements Callable<Integer> {
  @Mixin
  Main.Settings settings;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ServerContext ctx = settings.open()) {
      LogVerification v = ctx.disclosures().verifyLog();
      out.println("tree size " + v.treeSize() + ", revisions checked " + v.revisionsChecked());
      v.problems().forEach(p -> out.println("PROBLEM: " + p));
      out.println(v.ok() ? "OK: the log verifies" : v.problems().size() + " problem(s) found");
      return v.ok() ? 0 : 3;
    }
  }
}
