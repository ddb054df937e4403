package org.opendisclosure.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendisclosure.rest.cli.Main;

/** The command line: help on every command, and each command against a data folder. */
class CliTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream savedOut;
  private PrintStream savedErr;

  @BeforeEach
  void capture() {
    savedOut = System.out;
    savedErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(savedOut);
    System.setErr(savedErr);
  }

  private String output() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "serve", "token", "token create", "calendar", "calendar load", "organ", "organ add",
      "reindex", "verify"})
  void everyCommandHasHelp(String command) {
    String[] args = (command + " --help").strip().split(" ");
    assertThat(Main.run(args)).isZero();
    assertThat(output()).contains("Usage: disclosure-server" + (command.isEmpty() ? "" : " " + command));
  }

  @Test
  void organTokenCalendarReindexAndVerifyWorkOnADataFolder(@TempDir Path dir) throws Exception {
    String data = dir.toString();
    assertThat(Main.run("organ", "add", "--data", data, "--code", "11350825MB0000001Q", "--name", "某县人民政府",
        "--level", "COUNTY")).isZero();
    assertThat(Main.run("token", "create", "--data", data, "--account", "county-admin", "--name", "管理员",
        "--grant", "11350825MB0000001Q=ADMIN")).isZero();
    String token = output().lines().filter(l -> l.startsWith("od_")).findFirst().orElseThrow();

    Path holidays = dir.resolve("holidays-2027.json");
    Files.writeString(holidays, """
        {"years": [{"year": 2027, "source": "国务院办公厅关于2027年部分节假日安排的通知",
          "daysOff": ["2027-01-01", "2027-02-06/2027-02-12"], "makeUpWorkdays": ["2027-02-14"]}]}
        """);
    assertThat(Main.run("calendar", "load", "--data", data, holidays.toString())).isZero();
    assertThat(output()).contains("loaded [2027]");
    assertThat(Main.run("reindex", "--data", data)).isZero();
    assertThat(output()).contains("[########################################] 100%", "index rebuilt");
    assertThat(Main.run("verify", "--data", data)).isZero();
    assertThat(output()).contains("OK: the log verifies");

    try (ServerContext ctx = ServerContext.open(ServerConfig.forDataDir(dir), Clock.systemUTC())) {
      assertThat(ctx.tokens().authenticate(token)).isPresent();
      assertThat(ctx.disclosures().calendar().knownYears()).contains(2027);
      assertThat(ctx.disclosures().roles("county-admin", "11350825MB0000001Q")).hasSize(1);
    }
    assertThat(Main.run("calendar", "load", "--data", data, dir.resolve("missing.json").toString())).isNotZero();
    assertThat(Main.run("organ", "add", "--data", data, "--code", "x", "--name", "乡", "--level", "PROVINCE"))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--level");
  }
}
