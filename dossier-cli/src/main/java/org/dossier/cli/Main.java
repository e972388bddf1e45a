package org.dossier.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dossier} command: who said and did what, to whom, when and where. */
@Command(name = "dossier", mixinStandardHelpOptions = true, version = "dossier 0.1.0",
    description = "Turns news articles into a record of who said and did what, to whom, when and where.",
    subcommands = {ExtractCommand.class, IngestCommand.class, SearchCommand.class, TimelineCommand.class,
        ExportCommand.class, ServeCommand.class, SparkCommand.class, EvalCommand.class, BenchCommand.class,
        TrainCommand.class,
        CommandLine.HelpCommand.class})
public final class Main {
  /** Everything went well. */
  public static final int OK = 0;
  /** Bad usage or a fatal error. */
  public static final int FAILED = 1;
  /** The run completed but skipped some input (bad items or duplicates), reported on stderr. */
  public static final int SKIPPED = 2;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with Dossier's exit code mapping; tests call {@code execute} on it directly. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main())
        .setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? FAILED : FAILED)
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          cmd.getErr().println("dossier: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
          return FAILED;
        });
  }
}
