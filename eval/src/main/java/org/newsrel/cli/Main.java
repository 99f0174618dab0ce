package org.newsrel.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.newsrel.baseline.Baseline;
import org.newsrel.brat.BratFormatException;

/**
 * The {@code newsrel} command line. Exit codes: 0 success; 1 some documents failed (the
 * rest were processed and the failures listed); 2 bad usage or unusable input.
 */
public final class Main {

  static final String COMMANDS = """
      usage: newsrel COMMAND [options]   (newsrel COMMAND --help for its options)
        annotate   annotate every *.txt in a folder with the newsrel pipeline (brat .ann + .json)
        baseline   run a stock CoreNLP system (corenlp-quote|corenlp-openie|corenlp-ner), output in our scheme
        eval       score brat predictions against brat gold (flat or PolNeAR layout)
        validate   check a brat folder against the annotation scheme
        report     the main job: annotate the gold texts, run the baselines, score all, write target/report/
      """;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs one command; returns the exit code (never calls System.exit). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
      out.print(COMMANDS);
      return args.length == 0 ? 2 : 0;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    try {
      return switch (args[0]) {
        case "annotate" -> annotate(rest, out, err);
        case "baseline" -> baseline(rest, out, err);
        case "validate" -> validate(rest, out, err);
        default -> throw new UsageException("unknown command '" + args[0] + "'\n" + COMMANDS);
      };
    } catch (UsageException e) {
      err.println(e.getMessage());
      return 2;
    } catch (BratFormatException e) {
      err.println("error: " + e.getMessage());
      return 2;
    } catch (java.io.IOException e) {
      err.println("error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return 2;
    }
  }

  private static int annotate(String[] args, PrintStream out, PrintStream err) throws UsageException, BratFormatException, java.io.IOException {
    Options o = new Options("annotate", "Annotate every *.txt in --in; write NAME.txt, NAME.ann, NAME.json to --out.",
        List.of(), List.of(
            Options.Opt.required("in", "DIR", "folder of *.txt files"),
            Options.Opt.required("out", "DIR", "output folder (created)"),
            Options.Opt.optional("threads", "N", "documents annotated in parallel", "1")));
    o.parse(args);
    return Annotate.run(o.path("in"), o.path("out"), o.positiveInt("threads"), out, err);
  }

  private static int baseline(String[] args, PrintStream out, PrintStream err) throws UsageException, BratFormatException, java.io.IOException {
    Options o = new Options("baseline", "Run a stock CoreNLP system over --in and write its output in our brat scheme.",
        List.of(), List.of(
            Options.Opt.required("system", "NAME", "corenlp-quote | corenlp-openie | corenlp-ner"),
            Options.Opt.required("in", "DIR", "folder of *.txt files"),
            Options.Opt.required("out", "DIR", "output folder (created)"),
            Options.Opt.optional("threads", "N", "documents annotated in parallel", "1")));
    o.parse(args);
    Baseline b;
    try {
      b = Baseline.named(o.get("system"));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    return RunBaseline.run(b, o.path("in"), o.path("out"), o.positiveInt("threads"), out, err);
  }

  private static int validate(String[] args, PrintStream out, PrintStream err) throws UsageException, BratFormatException, java.io.IOException {
    Options o = new Options("validate", "Check every NAME.txt + NAME.ann in DIR against the annotation scheme.",
        List.of("DIR"), List.of());
    List<String> pos = o.parse(args);
    return Validate.run(Path.of(pos.get(0)), out, err);
  }
}
