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

  /**
   * An option error as one line and a hint, not the whole usage: {@code dossier: --size: ...} then {@code Try
   * 'dossier search --help'.}
   */
  static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    java.io.PrintWriter err = cmd.getErr();
    err.println("dossier: " + e.getMessage());
    if (e instanceof CommandLine.UnmatchedArgumentException u) {
      java.util.List<String> suggestions = u.getSuggestions();
      if (!suggestions.isEmpty()) {
        err.println("Did you mean " + String.join(" or ", suggestions) + "?");
      }
    }
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
    err.flush();
    return FAILED;
  }

  /** The command line with Dossier's exit code mapping; tests call {@code execute} on it directly. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main())
        .setExitCodeExceptionMapper(e -> FAILED)
        .setParameterExceptionHandler(Main::usageError)
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          cmd.getErr().println("dossier: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
          return FAILED;
        });
  }
}
