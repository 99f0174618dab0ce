package org.newsrel.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.newsrel.baseline.Baseline;
import org.newsrel.brat.BratFormatException;

/**
 * The {@code newsrel} command line. Exit codes: 0 success; 1 some documents failed (the
 * rest were processed and the failures listed); 2 bad usage or unusable input; 3 an
 * internal error (a bug: the message says so and the trace follows).
 */
public final class Main {

  static final String COMMANDS = """
      usage: newsrel COMMAND [options]   (newsrel COMMAND --help for its options)
        annotate   annotate every *.txt in a folder with the newsrel pipeline (brat .ann + .json)
        baseline   run a stock CoreNLP system (corenlp-quote|corenlp-openie|corenlp-ner), output in our scheme
        eval       score brat predictions against brat gold (flat or PolNeAR layout)
        validate   check a brat folder against the annotation scheme
        report     the main job: annotate the gold texts, run the baselines, score all, write target/report/
        bench      speed and memory of the newsrel pipeline against the stock CoreNLP quote pipeline
        server-bench  the newsrel server under load (loopback): requests/s, latency, errors, heap, tokens/s vs direct
        train-attribution train the attribution models (cue classifier, nesting, Content boundaries) on PolNeAR train
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
        case "eval" -> eval(rest, out, err);
        case "report" -> report(rest, out, err);
        case "bench" -> bench(rest, out, err);
        case "server-bench" -> serverBench(rest, out, err);
        case "train-attribution" -> TrainAttribution.command(rest, out, err);
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
    } catch (RuntimeException | OutOfMemoryError e) {
      // A bug or an exhausted JVM, not bad input: say so plainly, with the trace for a report.
      err.println("internal error in newsrel " + args[0] + ": " + e + " (please report it with the trace below)");
      e.printStackTrace(err);
      return 3;
    }
  }

  private static int annotate(String[] args, PrintStream out, PrintStream err) throws UsageException, BratFormatException, java.io.IOException {
    Options o = new Options("annotate", "Annotate every *.txt in --in; write NAME.txt, NAME.ann, NAME.json to --out.",
        List.of(), List.of(
            Options.Opt.required("in", "DIR", "folder of *.txt files"),
            Options.Opt.required("out", "DIR", "output folder (created)"),
            Options.Opt.optional("threads", "N", "documents annotated in parallel", "1"),
            Options.Opt.optional("progress", "MODE", "auto|bar|log|none, on stderr: bar = one updating line (auto on a "
                + "terminal), log = a line every ~10 s and 5% (auto otherwise)", "auto"),
            Options.Opt.flag("resume", "skip documents whose output an earlier run with the same text and the same "
                + "configuration (--prop, newsrel build) completed, as its record in OUT/.newsrel-records/ shows; "
                + "ids are still linked across all documents, so the output equals one uninterrupted run's"),
            Options.Opt.repeatable("prop", "KEY=VALUE", "pipeline property override, repeatable "
                + "(e.g. newsrel_attribution.nested=true)")));
    o.parse(args);
    return Annotate.run(o.path("in"), o.path("out"), o.positiveInt("threads"), Progress.Mode.parse(o.get("progress")),
        o.flag("resume"), o.properties("prop"), out, err);
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

  private static int eval(String[] args, PrintStream out, PrintStream err)
      throws UsageException, BratFormatException, java.io.IOException {
    Options o = new Options("eval", "Score brat predictions (--pred, NAME.ann per gold document) against --gold.",
        List.of(), List.of(
            Options.Opt.required("gold", "DIR", "gold: NAME.txt + NAME.ann, or PolNeAR's text/ + attributions/"),
            Options.Opt.required("pred", "DIR", "folder of NAME.ann predictions; several systems: name1:DIR1,name2:DIR2"),
            Options.Opt.optional("report", "DIR", "write report.md, report.json, report.html, errors.tsv here", null),
            Options.Opt.optional("overlap", "X", "Jaccard threshold of overlap matching",
                String.valueOf(org.newsrel.report.EvalOptions.DEFAULT_OVERLAP_THRESHOLD)),
            Options.Opt.flag("one-event-per-window", "the gold annotates one event per window (RAMS): also report "
                + "trigger recall, sentence-local precision and argument recall on matched events")));
    o.parse(args);
    java.util.Map<String, Path> systems = new java.util.LinkedHashMap<>();
    for (String part : o.get("pred").split(",")) {
      int colon = part.indexOf(':');
      if (colon > 0 && !part.substring(0, colon).contains("/")) {
        systems.put(part.substring(0, colon), Path.of(part.substring(colon + 1)));
      } else {
        systems.put(systems.isEmpty() ? "system" : "system" + (systems.size() + 1), Path.of(part));
      }
    }
    return Evaluate.run(o.path("gold"), systems, o.path("report"),
        org.newsrel.report.EvalOptions.defaults().withOverlapThreshold(o.fraction("overlap"))
            .withOneEventPerWindow(o.flag("one-event-per-window")), out, err);
  }

  private static int report(String[] args, PrintStream out, PrintStream err)
      throws UsageException, BratFormatException, java.io.IOException {
    Options o = new Options("report", "The main job: annotate --gold with newsrel, run the stock baselines, "
        + "score all of them, print one table, write reports to --out.", List.of(), List.of(
            Options.Opt.optional("gold", "DIR", "gold folder", "gold/corpus"),
            Options.Opt.optional("out", "DIR", "report folder", "target/report"),
            Options.Opt.optional("baselines", "LIST", "stock systems to compare, comma separated ('none' for none)",
                String.join(",", MainJob.BASELINES)),
            Options.Opt.optional("threads", "N", "documents annotated in parallel", "1"),
            Options.Opt.repeatable("prop", "KEY=VALUE", "newsrel pipeline property override, repeatable")));
    o.parse(args);
    List<String> baselines = o.get("baselines").equals("none") ? List.of() : List.of(o.get("baselines").split(","));
    return MainJob.run(o.path("gold"), o.path("out"), baselines, o.positiveInt("threads"), o.properties("prop"), out,
        err);
  }

  private static int bench(String[] args, PrintStream out, PrintStream err)
      throws UsageException, BratFormatException, java.io.IOException {
    Options o = new Options("bench", "Speed and memory, each pipeline in its own JVM: newsrel vs stock CoreNLP quote.",
        List.of(), List.of(
            Options.Opt.optional("docs", "DIR", "texts to annotate (*.txt, or PolNeAR's text/)", "gold/corpus"),
            Options.Opt.optional("threads", "N", "threads for the parallel run", "2"),
            Options.Opt.optional("scale", "DIRS", "also measure newsrel on the first 100, 300, all texts of these "
                + "folders (comma separated), for cost against corpus size", null),
            Options.Opt.optional("out", "FILE", "write the results (Markdown) here", "target/bench/BENCH.md"),
            Options.Opt.flag("no-stock", "skip the stock pipeline (only newsrel)"),
            Options.Opt.repeatable("prop", "KEY=VALUE", "newsrel pipeline property override (every newsrel "
                + "configuration, not stock), repeatable")));
    o.parse(args);
    return RunBench.run(o.path("docs"), o.positiveInt("threads"), o.get("scale"), o.path("out"),
        !o.flag("no-stock"), o.properties("prop"), out, err);
  }

  private static int serverBench(String[] args, PrintStream out, PrintStream err) throws UsageException,
      java.io.IOException {
    Options o = new Options("server-bench", "The newsrel server (in this JVM, on 127.0.0.1) under load: --clients "
        + "threads post made-up news texts (short, ~1,000 tokens, ~20,000 characters) for --seconds, every answer "
        + "checked against direct annotation; then the same texts annotated in-process for --direct-seconds.",
        List.of(), List.of(
            Options.Opt.optional("clients", "N", "concurrent clients", "8"),
            Options.Opt.optional("seconds", "S", "how long the clients post", "180"),
            Options.Opt.optional("direct-seconds", "S", "how long the in-process comparison runs", "60"),
            Options.Opt.optional("timeout", "MS", "the server's per-request timeout", "120000"),
            Options.Opt.optional("out", "FILE", "also write the figures (Markdown) here", null)));
    o.parse(args);
    org.newsrel.bench.ServerLoad.Result r;
    try {
      r = org.newsrel.bench.ServerLoad.run(new org.newsrel.bench.ServerLoad.Config(o.positiveInt("clients"),
          java.time.Duration.ofSeconds(o.positiveInt("seconds")), java.time.Duration.ofSeconds(o.positiveInt(
              "direct-seconds")), o.positiveInt("timeout")), err);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("interrupted");
      return 1;
    }
    org.newsrel.bench.ServerLoad.print(r, out);
    if (o.get("out") != null) {
      Path file = o.path("out");
      if (file.toAbsolutePath().getParent() != null) {
        java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
      }
      java.nio.file.Files.writeString(file, r.markdown());
    }
    return r.errors() == 0 && r.wrong() == 0 ? 0 : 1;
  }
}
