package org.newsrel.cli;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.pipeline.Annotation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsrel.brat.BratCorpus;
import org.newsrel.brat.BratDocument;
import org.newsrel.brat.BratFormatException;
import org.newsrel.brat.EventAnnotation;
import org.newsrel.brat.TextBound;
import org.newsrel.quote.AttributionAnnotator;
import org.newsrel.quote.BoundaryChoice;
import org.newsrel.quote.BoundaryModel;

/**
 * {@code newsrel train-attribution}: trains the attribution annotator's models on a
 * PolNeAR-style training folder ({@code text/} + {@code attributions/}) and writes them, each
 * with a {@code .md} of its data, features, command and figures, into {@code --out}:
 * <ol>
 *   <li>the cue classifier ({@code cue-classifier.ser.gz}, see {@link TrainCues});</li>
 *   <li>the Content boundary model ({@code boundary-model.ser.gz}, {@link BoundaryModel}):
 *       the annotator, with the cue classifier just trained, proposes its attributions; each
 *       one whose Cue overlaps a gold Cue (or, without a Cue, whose Content overlaps a gold
 *       Content by half) is matched to that gold attribution, and every candidate begin and
 *       end ({@link BoundaryChoice}) is labelled by whether it is the gold Content's begin or
 *       end. The regularisation is chosen on a held-out fifth of the training documents
 *       (fixed seed; the most attributions with both boundaries right), then the model is
 *       refitted on all of them.</li>
 * </ol>
 * Parses are cached in {@code --cache}, so a rerun takes a few minutes. Development and test
 * data are never read.
 */
final class TrainAttribution {

  static final long SEED = 20261207L;
  static final int WINDOW = 8;
  static final double[] SIGMAS = {0.25, 0.5, 1.0, 2.0};
  static final int MIN_FEATURE_COUNT = 2;

  /** One matched attribution: its candidates and the gold boundaries (-1: not among them). */
  record Example(BoundaryChoice choice, int goldBegin, int goldEnd) {}

  private TrainAttribution() {}

  static int command(String[] args, PrintStream out, PrintStream err)
      throws UsageException, BratFormatException, IOException {
    Options o = new Options("train-attribution", "Train the attribution models (cue classifier, Content boundary "
        + "model) on PolNeAR-style train data (text/ + attributions/); write them with a .md each into --out.",
        List.of(), List.of(
            Options.Opt.required("train", "DIR", "training folder: text/NAME.txt + attributions/NAME_ANNOTATOR.ann"),
            Options.Opt.required("out", "DIR", "folder to write the models and their .md files into"),
            Options.Opt.optional("cache", "DIR", "keep the parses here (protobuf) and reuse them", null),
            Options.Opt.optional("threads", "N", "documents parsed in parallel", "2"),
            Options.Opt.optional("max-docs", "N", "use only the first N documents in name order (0: all)", "0")));
    o.parse(args);
    int maxDocs;
    try {
      maxDocs = Integer.parseInt(o.get("max-docs"));
    } catch (NumberFormatException e) {
      throw new UsageException("--max-docs: not a number: " + o.get("max-docs"));
    }
    Path outDir = o.path("out");
    Files.createDirectories(outDir);
    Path cache = o.path("cache");
    int threads = o.positiveInt("threads");
    Path cueFile = outDir.resolve("cue-classifier.ser.gz");
    out.println("train-attribution: 1/2 cue classifier");
    int rc = TrainCues.run(o.path("train"), cueFile, cache, threads, maxDocs, out, err);
    if (rc != 0) {
      return rc;
    }
    out.println("train-attribution: 2/2 Content boundary model");
    return trainBoundaries(o.path("train"), outDir, cueFile, cache, threads, maxDocs, out, err);
  }

  static int trainBoundaries(Path train, Path outDir, Path cueFile, Path cache, int threads, int maxDocs,
      PrintStream out, PrintStream err) throws IOException, BratFormatException {
    List<BratDocument> docs = TrainCues.documents(train, maxDocs, err);
    Properties props = new Properties();
    props.setProperty("newsrel_attribution.cueClassifier", cueFile.toString());
    props.setProperty("newsrel_attribution.boundaryModel", "none");
    AttributionAnnotator annotator = new AttributionAnnotator("newsrel_attribution", props);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<List<Example>>> futures = new ArrayList<>();
    for (BratDocument d : docs) {
      futures.add(pool.submit(() -> {
        Annotation a = TrainCues.parsed(d, cache);
        return examples(d, annotator.boundaryChoices(a, WINDOW));
      }));
    }
    List<List<Example>> perDoc = new ArrayList<>();
    try {
      for (Future<List<Example>> f : futures) {
        perDoc.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("train-attribution failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdown();
    }
    List<List<Example>> shuffled = new ArrayList<>(perDoc);
    Collections.shuffle(shuffled, new Random(SEED));
    int heldCount = shuffled.size() / 5;
    List<Example> held = flatten(shuffled.subList(0, heldCount));
    List<Example> fit = flatten(shuffled.subList(heldCount, shuffled.size()));
    List<Example> all = flatten(perDoc);

    StringBuilder figures = new StringBuilder();
    figures.append(String.format("documents: %d (fit %d, held out %d; split seed %d)%n", perDoc.size(),
        perDoc.size() - heldCount, heldCount, SEED));
    long reachable = all.stream().filter(e -> e.goldBegin() >= 0 && e.goldEnd() >= 0).count();
    figures.append(String.format("matched attributions: %d; both gold boundaries among the candidates "
        + "(window %d tokens): %d%n", all.size(), WINDOW, reachable));
    double[] rules = accuracy(null, held);
    figures.append(String.format("held out, rules' boundaries:  begin %.3f end %.3f both %.3f (%d attributions)%n",
        rules[0], rules[1], rules[2], held.size()));
    double bestSigma = SIGMAS[0];
    double bestBoth = -1;
    for (double sigma : SIGMAS) {
      BoundaryModel m = fitModel(fit, sigma, "");
      double[] acc = accuracy(m, held);
      figures.append(String.format("held out, model sigma %.2f:   begin %.3f end %.3f both %.3f%n", sigma, acc[0],
          acc[1], acc[2]));
      if (acc[2] > bestBoth + 1e-9) {
        bestBoth = acc[2];
        bestSigma = sigma;
      }
    }
    figures.append(String.format("chosen sigma %.2f; refitted on all %d matched attributions%n", bestSigma,
        all.size()));
    out.print(figures);
    BoundaryModel model = fitModel(all, bestSigma, figures.toString().replace('\n', ' ').trim());
    Path file = outDir.resolve("boundary-model.ser.gz");
    model.save(file.toString());
    String command = "./newsrel train-attribution --train " + train + " --out " + outDir
        + (maxDocs > 0 ? " --max-docs " + maxDocs : "");
    Files.writeString(outDir.resolve("boundary-model.md"), """
        # Content boundary model of newsrel_attribution

        `boundary-model.ser.gz` holds two logistic-regression classifiers (CoreNLP
        `LinearClassifierFactory`, no extra dependency) that learn where PolNeAR begins and
        ends an attribution's Content. For every attribution the annotator found (rules and
        cue classifier), `ContentBoundaries` lists the token begins within %d tokens of its
        Content's begin and the token ends within %d tokens of its end, in the same sentence,
        never crossing the attribution's own Cue or Source or another attribution (PolNeAR
        is univocal). Each side's highest-scoring candidate becomes the boundary (the rules'
        boundary on a tie). Switch it off with `newsrel_attribution.boundaryModel = none`.

        Features of a candidate: its distance from the rules' boundary; the word, tag and
        dependency relation at the boundary and of its neighbour outside; word and tag
        pairs across the boundary; whether a comma, dash or semicolon lies between it and
        the rules' boundary; quotation marks at or around it; whether it touches the
        attribution's own Cue or Source or another attribution's; the rule that made the
        attribution and the word the rules began or ended with (each with the direction of
        the move); sentence end.

        Training data: PolNeAR train. Each attribution the annotator proposes is matched to
        the gold attribution whose Cue its Cue overlaps (without a Cue: whose Content its
        Content overlaps by half); a candidate is positive when it is that gold Content's
        first begin or last end. The regularisation is chosen on a held-out fifth of the
        training documents (the most held-out attributions with both boundaries right), the
        shipped model refitted on all. PolNeAR dev and test were not used.

        Reproduce (parses cached in the folder given by `--cache`):

            %s --cache /tmp/quote/train-cache

        ## Training figures

        ```
        %s```
        """.formatted(WINDOW, WINDOW, command, figures), StandardCharsets.UTF_8);
    out.printf("wrote %s (%d bytes) and boundary-model.md%n", file, Files.size(file));
    return 0;
  }

  private static List<Example> flatten(List<List<Example>> lists) {
    List<Example> out = new ArrayList<>();
    lists.forEach(out::addAll);
    return out;
  }

  /** Matches each choice to a gold attribution and finds the gold boundaries among its candidates. */
  static List<Example> examples(BratDocument gold, List<BoundaryChoice> choices) {
    List<TextBound[]> golds = new ArrayList<>(); // {cue, content}
    for (EventAnnotation e : gold.events()) {
      if (!e.type().startsWith("Attribution")) {
        continue;
      }
      TextBound content = e.arg("Content").flatMap(gold::textBound).orElse(null);
      TextBound cue = e.arg("Cue").flatMap(gold::textBound).orElse(null);
      if (content != null) {
        golds.add(new TextBound[] {cue, content});
      }
    }
    List<Example> out = new ArrayList<>();
    for (BoundaryChoice c : choices) {
      TextBound match = null;
      for (TextBound[] g : golds) {
        boolean byCue = c.cue() != null && g[0] != null && c.cue().begin() < g[0].end() && g[0].begin() < c.cue().end();
        boolean byContent = c.cue() == null && jaccard(c.content().begin(), c.content().end(), g[1].begin(),
            g[1].end()) >= 0.5;
        if (byCue || byContent) {
          match = g[1];
          break;
        }
      }
      if (match == null || c.starts().isEmpty() || c.ends().isEmpty()) {
        continue;
      }
      int gb = match.begin();
      int ge = match.end();
      int begin = c.starts().stream().anyMatch(x -> x.offset() == gb) ? gb : -1;
      int end = c.ends().stream().anyMatch(x -> x.offset() == ge) ? ge : -1;
      out.add(new Example(c, begin, end));
    }
    return out;
  }

  private static double jaccard(int b1, int e1, int b2, int e2) {
    int inter = Math.max(0, Math.min(e1, e2) - Math.max(b1, b2));
    int union = Math.max(e1, e2) - Math.min(b1, b2);
    return union == 0 ? 0 : inter / (double) union;
  }

  static BoundaryModel fitModel(List<Example> examples, double sigma, String summary) {
    Dataset<String, String> starts = new Dataset<>();
    Dataset<String, String> ends = new Dataset<>();
    for (Example e : examples) {
      for (BoundaryChoice.Candidate c : e.choice().starts()) {
        starts.add(new BasicDatum<>(c.features(), c.offset() == e.goldBegin() ? BoundaryModel.POSITIVE
            : BoundaryModel.NEGATIVE));
      }
      for (BoundaryChoice.Candidate c : e.choice().ends()) {
        ends.add(new BasicDatum<>(c.features(), c.offset() == e.goldEnd() ? BoundaryModel.POSITIVE
            : BoundaryModel.NEGATIVE));
      }
    }
    return new BoundaryModel(fit(starts, sigma), fit(ends, sigma), WINDOW, summary);
  }

  private static LinearClassifier<String, String> fit(Dataset<String, String> data, double sigma) {
    data.applyFeatureCountThreshold(MIN_FEATURE_COUNT);
    LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
    factory.setSigma(sigma);
    factory.setVerbose(false);
    return factory.trainClassifier(data);
  }

  /** Share of examples whose begin, end, both are right: with the model's choice, or the rules' (model null). */
  static double[] accuracy(BoundaryModel model, List<Example> examples) {
    int begin = 0;
    int end = 0;
    int both = 0;
    for (Example e : examples) {
      BoundaryChoice.Candidate s = model == null ? original(e.choice().starts())
          : model.best(e.choice().starts(), true).candidate();
      BoundaryChoice.Candidate t = model == null ? original(e.choice().ends())
          : model.best(e.choice().ends(), false).candidate();
      boolean b = s.offset() == e.goldBegin();
      boolean n = t.offset() == e.goldEnd();
      begin += b ? 1 : 0;
      end += n ? 1 : 0;
      both += b && n ? 1 : 0;
    }
    double n = Math.max(1, examples.size());
    return new double[] {begin / n, end / n, both / n};
  }

  private static BoundaryChoice.Candidate original(List<BoundaryChoice.Candidate> candidates) {
    return candidates.stream().filter(BoundaryChoice.Candidate::original).findFirst()
        .orElseThrow(() -> new IllegalStateException("no original candidate"));
  }

  /** Documents in name order (first {@code maxDocs} when positive). */
  static List<BratDocument> sorted(List<BratDocument> docs, int maxDocs) {
    List<BratDocument> s = new ArrayList<>(docs);
    s.sort(Comparator.comparing(BratDocument::name));
    return maxDocs > 0 && s.size() > maxDocs ? s.subList(0, maxDocs) : s;
  }
}
