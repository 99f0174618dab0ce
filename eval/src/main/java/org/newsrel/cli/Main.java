package org.newsrel.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsrel.brat.BratFormatException;
import org.newsrel.run.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The {@code newsrel} command line (picocli): one class per command in {@link Commands},
 * each option declared once as a typed field, from which the parsing, the defaults, the
 * {@code --help} text and the usage errors come.
 *
 * <p>Exit codes: 0 success (also {@code --help}); 1 some documents failed (the rest were
 * processed and the failures listed); 2 bad usage or unusable input (the message names
 * the option, or the file and line); 3 an internal error (a bug: the message says so and
 * the trace follows).
 */
@Command(name = "newsrel", synopsisSubcommandLabel = "COMMAND",
    description = "newsrel: entities with cross-document ids, attributions and capture/kill events from English "
        + "news, and the harness that scores them. `newsrel COMMAND --help` lists a command's options.",
    commandListHeading = "%nCommands:%n",
    subcommands = {Commands.AnnotateCommand.class, Commands.BaselineCommand.class, Commands.EvalCommand.class,
        Commands.ValidateCommand.class, Commands.ReportCommand.class, Commands.ServeCommand.class,
        Commands.BenchCommand.class, Commands.ServerBenchCommand.class, Commands.TrainAttributionCommand.class})
public final class Main implements Callable<Integer> {

  /** Exit code of bad usage and unusable input. */
  static final int USAGE = 2;

  @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
  boolean help;

  @Spec
  CommandSpec spec;

  final PrintStream out;
  final PrintStream err;

  private Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    Commands.Verbosity.configure(args);
    System.exit(run(args, System.out, System.err));
  }

  /** Runs one command; returns the exit code (never calls System.exit). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cl = commandLine(out, err);
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      // picocli hands exceptions to the handler below; an Error comes through here
      err.println("internal error in newsrel: " + e + " (please report it with the trace below)");
      e.printStackTrace(err);
      return 3;
    }
  }

  /** The command line, writing to {@code out} and {@code err}. */
  static CommandLine commandLine(PrintStream out, PrintStream err) {
    CommandLine cl = new CommandLine(new Main(out, err));
    cl.setOut(writer(out));
    cl.setErr(writer(err));
    cl.setParameterExceptionHandler(Main::usageError);
    cl.setExecutionExceptionHandler((e, command, parsed) -> exitCode(e, command, err));
    return cl;
  }

  /** A writer onto {@code stream} that keeps its charset (picocli writes help and errors through writers). */
  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(new java.io.Writer() {
      @Override
      public void write(char[] buf, int off, int len) {
        stream.print(new String(buf, off, len));
      }

      @Override
      public void flush() {
        stream.flush();
      }

      @Override
      public void close() {
        stream.flush();
      }
    }, true);
  }

  /** No command given: the list of commands on stderr, exit 2. */
  @Override
  public Integer call() {
    err.println("newsrel: no command given");
    spec.commandLine().usage(err);
    return USAGE;
  }

  /** A usage error: the message naming the option, picocli's suggestion if any, the command's synopsis; exit 2. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter w = command.getErr();
    w.println(e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, w);
    w.print("Usage: " + command.getHelp().synopsis(0));
    w.println("(" + command.getCommandSpec().qualifiedName() + " --help lists the options)");
    return USAGE;
  }

  /** What a command threw, as a message on stderr and an exit code. */
  private static int exitCode(Exception e, CommandLine command, PrintStream err) {
    if (e instanceof UsageException) {
      err.println(command.getCommandName() + ": " + e.getMessage());
      err.println("(newsrel " + command.getCommandName() + " --help lists its options)");
      return USAGE;
    }
    if (e instanceof BratFormatException) {
      err.println("error: " + e.getMessage());
      return USAGE;
    }
    if (e instanceof IOException) {
      err.println("error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return USAGE;
    }
    // A bug or an exhausted JVM, not bad input: say so plainly, with the trace for a report.
    err.println("internal error in newsrel " + command.getCommandName() + ": " + e
        + " (please report it with the trace below)");
    e.printStackTrace(err);
    return 3;
  }
}
