package org.newsrel.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.newsrel.baseline.Baseline;
import org.newsrel.bench.ServerLoad;
import org.newsrel.report.EvalOptions;
import org.newsrel.run.Annotate;
import org.newsrel.run.Progress;
import org.newsrel.run.UsageException;
import org.newsrel.train.TrainAttribution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * The commands of {@link Main}, one class each: its options as typed fields (declared
 * here and nowhere else), then a call into the class that does the work. Options shared
 * by several commands are mixins ({@link PropOption}, {@link Verbosity}).
 */
final class Commands {

  private Commands() {}

  /** What every command has: {@code --help}, {@code --verbose}, the streams of {@link Main#run}. */
  abstract static class Base implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Mixin
    Verbosity verbosity;

    @Override
    public final Integer call() throws Exception {
      return run(main.out, main.err);
    }

    abstract int run(PrintStream out, PrintStream err) throws Exception;
  }

  /**
   * {@code --verbose}: CoreNLP's and newsrel's INFO log lines on stderr. Without it only
   * warnings and errors are logged (the run's own summary and progress lines are not log
   * lines and always show). The SLF4J simple logger reads its level once, when the first
   * logger is made, which can happen while the options are parsed (a converter touching a
   * class with a logger), so {@link Main#main} applies it from the raw arguments
   * ({@link #configure}) before parsing; the option is declared here for parsing and help.
   * An explicit {@code -Dorg.slf4j.simpleLogger.defaultLogLevel} wins over the default.
   */
  static final class Verbosity {

    static final String LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";
    static final String OPTION = "--verbose";

    @Option(names = OPTION, description = "show CoreNLP's and newsrel's INFO log lines on stderr "
        + "(default: warnings and errors only)")
    boolean verbose;

    /** Sets the log level of this JVM from the command line's arguments. */
    static void configure(String[] args) {
      if (java.util.Arrays.asList(args).contains(OPTION)) {
        System.setProperty(LEVEL_PROPERTY, "info");
      } else if (System.getProperty(LEVEL_PROPERTY) == null) {
        System.setProperty(LEVEL_PROPERTY, "warn");
      }
    }
  }

  /** {@code --prop KEY=VALUE ...}: pipeline property overrides, checked against {@link PropOverrides}. */
  static final class PropOption {

    @Option(names = "--prop", paramLabel = "KEY=VALUE", showDefaultValue = Help.Visibility.NEVER, description = "newsrel pipeline property override, "
        + "repeatable (e.g. newsrel_attribution.nested=true); a key the pipeline does not read, or one that would "
        + "drop a newsrel layer, is a usage error")
    List<String> values = new ArrayList<>();

    Properties properties() throws UsageException {
      return PropOverrides.parse(values);
    }
  }

  /** A whole number of at least {@code min}; the message names what was expected. */
  abstract static class AtLeast implements ITypeConverter<Integer> {
    private final int min;
    private final String expected;

    AtLeast(int min, String expected) {
      this.min = min;
      this.expected = expected;
    }

    @Override
    public Integer convert(String value) {
      try {
        int n = Integer.parseInt(value.trim());
        if (n >= min) {
          return n;
        }
      } catch (NumberFormatException e) {
        // fall through to the message
      }
      throw new TypeConversionException("must be " + expected + ", got '" + value + "'");
    }
  }

  /** A whole number of at least 1. */
  static final class PositiveInt extends AtLeast {
    PositiveInt() {
      super(1, "a positive whole number");
    }
  }

  /** A whole number of at least 0. */
  static final class NaturalInt extends AtLeast {
    NaturalInt() {
      super(0, "a whole number >= 0");
    }
  }

  /** A number in (0, 1]. */
  static final class Fraction implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      try {
        double d = Double.parseDouble(value.trim());
        if (d > 0 && d <= 1) {
          return d;
        }
      } catch (NumberFormatException e) {
        // fall through to the message
      }
      throw new TypeConversionException("must be a number in (0, 1], got '" + value + "'");
    }
  }

  /** {@code auto|bar|log|none}. */
  static final class ProgressMode implements ITypeConverter<Progress.Mode> {
    @Override
    public Progress.Mode convert(String value) {
      try {
        return Progress.Mode.parse(value);
      } catch (UsageException e) {
        throw new TypeConversionException("must be auto, bar, log or none, got '" + value + "'");
      }
    }
  }

  /** A stock system's name. */
  static final class BaselineName implements ITypeConverter<Baseline> {
    @Override
    public Baseline convert(String value) {
      try {
        return Baseline.named(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  @Command(name = "annotate", sortOptions = false, showDefaultValues = true,
      description = "Annotate every *.txt in --in with the newsrel pipeline; write NAME.txt, NAME.ann (brat) and "
          + "NAME.json to --out, with canonical ids resolved across all files of the run.")
  static final class AnnotateCommand extends Base {
    @Option(names = "--in", paramLabel = "DIR", required = true, description = "folder of *.txt files")
    Path in;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "output folder (created)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", converter = PositiveInt.class,
        description = "documents annotated in parallel")
    int threads;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto", converter = ProgressMode.class,
        description = "auto|bar|log|none, on stderr: bar = one updating line (auto on a terminal), log = a line "
            + "every ~10 s and 5%% (auto otherwise)")
    Progress.Mode progress;

    @Option(names = "--resume", description = "skip documents whose output an earlier run with the same text and "
        + "the same configuration (--prop, newsrel build) completed, as its record in OUT/.newsrel-records/ shows; "
        + "ids are still linked across all documents, so the output equals one uninterrupted run's")
    boolean resume;

    @Mixin
    PropOption prop;

    @Override
    int run(PrintStream stdout, PrintStream stderr) throws Exception {
      return Annotate.run(in, out, threads, progress, resume, prop.properties(), stdout, stderr);
    }
  }

  @Command(name = "baseline", sortOptions = false, showDefaultValues = true,
      description = "Run a stock CoreNLP system over --in and write its output in the newsrel brat scheme.")
  static final class BaselineCommand extends Base {
    @Option(names = "--system", paramLabel = "NAME", required = true, converter = BaselineName.class,
        description = "corenlp-quote | corenlp-openie | corenlp-ner")
    Baseline system;

    @Option(names = "--in", paramLabel = "DIR", required = true, description = "folder of *.txt files")
    Path in;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "output folder (created)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", converter = PositiveInt.class,
        description = "documents annotated in parallel")
    int threads;

    @Override
    int run(PrintStream stdout, PrintStream stderr) throws Exception {
      return RunBaseline.run(system, in, out, threads, stdout, stderr);
    }
  }

  @Command(name = "eval", sortOptions = false, showDefaultValues = true,
      description = "Score brat predictions (--pred, NAME.ann per gold document) against --gold.")
  static final class EvalCommand extends Base {
    @Option(names = "--gold", paramLabel = "DIR", required = true,
        description = "gold: NAME.txt + NAME.ann, or PolNeAR's text/ + attributions/")
    Path gold;

    @Option(names = "--pred", paramLabel = "DIR", required = true,
        description = "folder of NAME.ann predictions (the system is named after the folder); several "
            + "systems: DIR1,DIR2 or name1:DIR1,name2:DIR2")
    String pred;

    @Option(names = "--report", paramLabel = "DIR",
        description = "write report.md, report.json, report.html, errors.tsv here")
    Path report;

    @Option(names = "--overlap", paramLabel = "X", converter = Fraction.class,
        defaultValue = "" + EvalOptions.DEFAULT_OVERLAP_THRESHOLD, description = "Jaccard threshold of overlap matching")
    double overlap;

    @Option(names = "--one-event-per-window", description = "the gold annotates one event per window (RAMS): also "
        + "report trigger recall, sentence-local precision and argument recall on matched events")
    boolean oneEventPerWindow;

    @Override
    int run(PrintStream stdout, PrintStream stderr) throws Exception {
      return Evaluate.run(gold, Evaluate.systems(pred), report, EvalOptions.defaults().withOverlapThreshold(overlap)
          .withOneEventPerWindow(oneEventPerWindow),
          stdout, stderr);
    }
  }

  @Command(name = "validate", description = "Check every NAME.txt + NAME.ann in DIR against the annotation "
      + "scheme; prints every problem, one line each, naming the file and line.")
  static final class ValidateCommand extends Base {
    @Parameters(paramLabel = "DIR", description = "a brat folder: NAME.txt + NAME.ann, or PolNeAR's layout")
    Path dir;

    @Override
    int run(PrintStream stdout, PrintStream stderr) throws Exception {
      return Validate.run(dir, stdout, stderr);
    }
  }

  @Command(name = "report", sortOptions = false, showDefaultValues = true,
      description = "The main job: annotate --gold with newsrel, run the stock baselines, score all of them, "
          + "print one table, write the reports to --out.")
  static final class ReportCommand extends Base {
    @Option(names = "--gold", paramLabel = "DIR", defaultValue = "gold/corpus", description = "gold folder")
    Path gold;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/report", description = "report folder")
    Path out;

    @Option(names = "--baselines", paramLabel = "LIST", defaultValue = "corenlp-ner,corenlp-quote,corenlp-openie",
        description = "stock systems to compare, comma separated ('none' for none)")
    String baselines;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", converter = PositiveInt.class,
        description = "documents annotated in parallel")
    int threads;

    @Mixin
    PropOption prop;

    @Override
    int run(PrintStream stdout, PrintStream stderr) throws Exception {
      List<String> names = baselines.equals("none") ? List.of() : List.of(baselines.split(","));
      return MainJob.run(gold, out, names, threads, prop.properties(), stdout, stderr);
    }
  }

  @Command(name = "serve", sortOptions = false, showDefaultValues = true,
      description = "The CoreNLP server with the newsrel pipeline: POST a text to / and get CoreNLP's JSON with "
          + "newsrel's layers (request properties locked; /live, /ready; SIGTERM stops it gracefully, exit 0). "
          + "Example: curl --data-binary @story.txt http://127.0.0.1:9000/")
  static final class ServeCommand extends Base {
    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
        description = "the one address to listen on; keep loopback and put a TLS proxy in front (examples/SERVER.md)")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "9000", converter = NaturalInt.class,
        description = "port (0: any free one, printed)")
    int port;

    @Option(names = "--timeout", paramLabel = "MS", defaultValue = "30000", converter = PositiveInt.class,
        description = "the longest one request may annotate")
    int timeout;

    @Option(names = "--threads", paramLabel = "N", converter = PositiveInt.class,
        description = "annotation threads (default: the cores)")
    Integer threads;

    @Mixin
    PropOption prop;

    @Override
    int run(PrintStream stdout, PrintStream stderr) throws Exception {
      return Serve.run(new Serve.Config(host, port, timeout, threads, prop.properties()), stdout, stderr);
    }
  }

  @Command(name = "bench", sortOptions = false, showDefaultValues = true,
      description = "Speed and memory, each pipeline in its own JVM: newsrel against stock CoreNLP quote. "
          + "--prop applies to every newsrel configuration, not to stock.")
  static final class BenchCommand extends Base {
    @Option(names = "--docs", paramLabel = "DIR", defaultValue = "gold/corpus",
        description = "texts to annotate (*.txt, or PolNeAR's text/)")
    Path docs;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", converter = PositiveInt.class,
        description = "threads for the parallel run")
    int threads;

    @Option(names = "--scale", paramLabel = "DIRS", description = "also measure newsrel on the first 100, 300, "
        + "all texts of these folders (comma separated), for cost against corpus size")
    String scale;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "target/bench/BENCH.md",
        description = "write the results (Markdown) here")
    Path out;

    @Option(names = "--no-stock", description = "skip the stock pipeline (only newsrel)")
    boolean noStock;

    @Mixin
    PropOption prop;

    @Override
    int run(PrintStream stdout, PrintStream stderr) throws Exception {
      return RunBench.run(docs, threads, scale, out, !noStock, prop.properties(), stdout, stderr);
    }
  }

  @Command(name = "server-bench", sortOptions = false, showDefaultValues = true,
      description = "The newsrel server (in this JVM, on 127.0.0.1) under load: --clients threads post made-up "
          + "news texts (short, ~1,000 tokens, ~20,000 characters) for --seconds, every answer checked against "
          + "direct annotation; then the same texts annotated in-process for --direct-seconds. Exit 1 if any "
          + "answer was an error or wrong.")
  static final class ServerBenchCommand extends Base {
    @Option(names = "--clients", paramLabel = "N", defaultValue = "8", converter = PositiveInt.class,
        description = "concurrent clients")
    int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "180", converter = PositiveInt.class,
        description = "how long the clients post")
    int seconds;

    @Option(names = "--direct-seconds", paramLabel = "S", defaultValue = "60", converter = PositiveInt.class,
        description = "how long the in-process comparison runs")
    int directSeconds;

    @Option(names = "--timeout", paramLabel = "MS", defaultValue = "120000", converter = PositiveInt.class,
        description = "the server's per-request timeout")
    int timeout;

    @Option(names = "--out", paramLabel = "FILE", description = "also write the figures (Markdown) here")
    Path out;

    @Override
    int run(PrintStream stdout, PrintStream stderr) throws Exception {
      ServerLoad.Result r;
      try {
        r = ServerLoad.run(new ServerLoad.Config(clients, Duration.ofSeconds(seconds),
            Duration.ofSeconds(directSeconds), timeout), stderr);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stderr.println("interrupted");
        return 1;
      }
      ServerLoad.print(r, stdout);
      if (out != null) {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
          java.nio.file.Files.createDirectories(parent);
        }
        java.nio.file.Files.writeString(out, r.markdown());
      }
      return r.errors() == 0 && r.wrong() == 0 ? 0 : 1;
    }
  }

  @Command(name = "train-attribution", sortOptions = false, showDefaultValues = true,
      description = "Train the attribution models (cue classifier, nesting model, Content boundary model, "
          + "confidence model) on "
          + "PolNeAR-style train data (text/ + attributions/); write them with a .md each into --out.")
  static final class TrainAttributionCommand extends Base {
    @Option(names = "--train", paramLabel = "DIR", required = true,
        description = "training folder: text/NAME.txt + attributions/NAME_ANNOTATOR.ann")
    Path train;

    @Option(names = "--out", paramLabel = "DIR", required = true,
        description = "folder to write the models and their .md files into")
    Path out;

    @Option(names = "--cache", paramLabel = "DIR", description = "keep the parses here (protobuf) and reuse them")
    Path cache;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", converter = PositiveInt.class,
        description = "documents parsed in parallel")
    int threads;

    @Option(names = "--max-docs", paramLabel = "N", defaultValue = "0", converter = NaturalInt.class,
        description = "use only the first N documents in name order (0: all)")
    int maxDocs;

    @Option(names = "--window", paramLabel = "N", defaultValue = "" + TrainAttribution.WINDOW,
        converter = PositiveInt.class,
        description = "tokens a Content boundary candidate may lie from the rules' boundary")
    int window;

    @Override
    int run(PrintStream stdout, PrintStream stderr) throws Exception {
      return TrainAttribution.run(train, out, cache, threads, maxDocs, window, stdout, stderr);
    }
  }
}
