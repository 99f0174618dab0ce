package org.newsrel.train;

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
import java.util.List;
import java.util.Properties;
import org.newsrel.brat.BratCorpus;
import org.newsrel.brat.BratDocument;
import org.newsrel.brat.BratFormatException;
import org.newsrel.brat.EventAnnotation;
import org.newsrel.brat.TextBound;
import org.newsrel.quote.AttributionAnnotator;
import org.newsrel.quote.AttributionTraining;
import org.newsrel.quote.BoundaryChoice;
import org.newsrel.quote.BoundaryModel;
import org.newsrel.quote.NestedPair;
import org.newsrel.quote.NestingModel;

/**
 * {@code newsrel train-attribution}: trains the attribution annotator's models on a
 * PolNeAR-style training folder ({@code text/} + {@code attributions/}) and writes them, each
 * with a {@code .md} of its data, features, command and figures, into {@code --out}:
 * <ol>
 *   <li>the cue classifier ({@code cue-classifier.ser.gz}, see {@link TrainCues});</li>
 *   <li>the nesting model ({@code nesting-model.ser.gz}, {@link NestingModel}): which
 *       attributions found inside another's Content are attributions of their own;</li>
 *   <li>the Content boundary model ({@code boundary-model.ser.gz}, {@link BoundaryModel}):
 *       the annotator, with the cue classifier just trained, proposes its attributions; each
 *       one whose Cue overlaps a gold Cue (or, without a Cue, whose Content overlaps a gold
 *       Content by half) is matched to that gold attribution, and every candidate begin and
 *       end ({@link BoundaryChoice}) is labelled by whether it is the gold Content's begin or
 *       end. The regularisation is chosen on a held-out fifth of the training documents
 *       (fixed seed; the most attributions with both boundaries right), then the model is
 *       refitted on all of them.</li>
 *   <li>the confidence model ({@code confidence-model.ser.gz}, {@link TrainConfidence}).</li>
 * </ol>
 * Parses are cached in {@code --cache}, so a rerun takes a few minutes. Development and test
 * data are never read.
 */
public final class TrainAttribution {

  static final long SEED = 20261207L;
  public static final int WINDOW = 40;
  static final double[] SIGMAS = {0.25, 0.5, 1.0, 2.0};
  static final int MIN_FEATURE_COUNT = 2;

  /** One matched attribution: its candidates and the gold boundaries (-1: not among them). */
  record Example(BoundaryChoice choice, int goldBegin, int goldEnd) {}

  private TrainAttribution() {}

  /** The command: the four models in turn, into {@code outDir}; {@code maxDocs} 0 for all documents. */
  public static int run(Path train, Path outDir, Path cache, int threads, int maxDocs, int window, PrintStream out,
      PrintStream err) throws BratFormatException, IOException {
    Files.createDirectories(outDir);
    Path cueFile = outDir.resolve("cue-classifier.ser.gz");
    out.println("train-attribution: 1/4 cue classifier");
    int rc = TrainCues.run(train, cueFile, cache, threads, maxDocs, out, err);
    if (rc != 0) {
      return rc;
    }
    out.println("train-attribution: 2/4 nesting model");
    Path nestingFile = outDir.resolve("nesting-model.ser.gz");
    trainNesting(train, outDir, cueFile, cache, threads, maxDocs, out, err);
    out.println("train-attribution: 3/4 Content boundary model");
    double sigma = trainBoundaries(train, outDir, cueFile, nestingFile, cache, threads, maxDocs, window,
        out, err);
    out.println("train-attribution: 4/4 confidence model");
    TrainConfidence.train(train, outDir, cueFile, nestingFile, sigma, cache, threads, maxDocs, window, out,
        err);
    return 0;
  }

  /** Trains and writes the boundary model; returns the regularisation it chose. */
  static double trainBoundaries(Path train, Path outDir, Path cueFile, Path nestingFile, Path cache, int threads,
      int maxDocs, int window, PrintStream out, PrintStream err) throws IOException, BratFormatException {
    List<BratDocument> docs = TrainCues.documents(train, maxDocs, err);
    List<List<Example>> perDoc = boundaryExamples(docs, cueFile, nestingFile, cache, threads, window);
    List<Integer> order = TrainCues.shuffledOrder(perDoc.size(), SEED);
    int heldCount = order.size() / 5;
    List<Example> held = flatten(order.subList(0, heldCount).stream().map(perDoc::get).toList());
    List<Example> fit = flatten(order.subList(heldCount, order.size()).stream().map(perDoc::get).toList());
    List<Example> all = flatten(perDoc);

    StringBuilder figures = new StringBuilder();
    figures.append(String.format("documents: %d (fit %d, held out %d; split seed %d)%n", perDoc.size(),
        perDoc.size() - heldCount, heldCount, SEED));
    long reachable = all.stream().filter(e -> e.goldBegin() >= 0 && e.goldEnd() >= 0).count();
    figures.append(String.format("matched attributions: %d; both gold boundaries among the candidates "
        + "(window %d tokens): %d%n", all.size(), window, reachable));
    double[] rules = accuracy(null, held);
    figures.append(String.format("held out, rules' boundaries:  begin %.3f end %.3f both %.3f (%d attributions)%n",
        rules[0], rules[1], rules[2], held.size()));
    double bestSigma = SIGMAS[0];
    double bestBoth = -1;
    for (double sigma : SIGMAS) {
      BoundaryModel m = fitModel(fit, sigma, window, "");
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
    BoundaryModel model = fitModel(all, bestSigma, window, figures.toString().replace('\n', ' ').trim());
    Path file = outDir.resolve("boundary-model.ser.gz");
    model.save(file.toString());
    String command = "./newsrel train-attribution --train " + train + " --out " + outDir
        + (maxDocs > 0 ? " --max-docs " + maxDocs : "") + (window != WINDOW ? " --window " + window : "");
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

        %s""".formatted(window, window, reproduce(command, figures)), StandardCharsets.UTF_8);
    out.printf("wrote %s (%d bytes) and boundary-model.md%n", file, Files.size(file));
    return bestSigma;
  }

  /** The end of a model's .md: the command that reproduces it and its training figures. */
  static String reproduce(String command, CharSequence figures) {
    return "Reproduce (parses cached in the folder given by `--cache`):\n\n    " + command
        + " --cache /tmp/quote/train-cache\n\n## Training figures\n\n```\n" + figures + "```\n";
  }

  /** Each document's matched attributions with their boundary candidates, under these models. */
  static List<List<Example>> boundaryExamples(List<BratDocument> docs, Path cueFile, Path nestingFile, Path cache,
      int threads, int window) {
    AttributionTraining annotator = new AttributionTraining("newsrel_attribution",
        models(cueFile, nestingFile, null));
    return TrainCues.parallel(docs, threads,
        d -> examples(d, annotator.boundaryChoices(TrainCues.parsed(d, cache), window)));
  }

  /** One document's nested pairs with their labels (true: the inner cue is a gold cue). */
  record NestingDoc(List<NestedPair> pairs, List<Boolean> split) {}

  static void trainNesting(Path train, Path outDir, Path cueFile, Path cache, int threads, int maxDocs,
      PrintStream out, PrintStream err) throws IOException, BratFormatException {
    List<BratDocument> docs = TrainCues.documents(train, maxDocs, err);
    List<NestingDoc> perDoc = nestingDocs(docs, cueFile, cache, threads);
    List<Integer> order = TrainCues.shuffledOrder(perDoc.size(), SEED);
    int heldCount = order.size() / 5;
    List<NestingDoc> held = order.subList(0, heldCount).stream().map(perDoc::get).toList();
    List<NestingDoc> fit = order.subList(heldCount, order.size()).stream().map(perDoc::get).toList();
    long pairs = perDoc.stream().mapToLong(d -> d.pairs().size()).sum();
    long own = perDoc.stream().flatMap(d -> d.split().stream()).filter(b -> b).count();
    StringBuilder figures = new StringBuilder();
    figures.append(String.format("documents: %d (fit %d, held out %d; split seed %d)%n", perDoc.size(),
        fit.size(), heldCount, SEED));
    figures.append(String.format("nested pairs: %d, of which the inner cue is a gold Cue: %d%n", pairs, own));
    LinearClassifier<String, String> fitModel = fitNesting(fit);
    // the threshold is chosen by what it does to the attributions: mean exact-span F1 of
    // Source, Cue and Content over the held-out documents (a wrong split costs an outer Content)
    List<BratDocument> heldDocs = order.subList(0, heldCount).stream().map(docs::get).toList();
    Path fitFile = outDir.resolve("nesting-model.fit.ser.gz");
    new NestingModel(fitModel, 0.5, "fit part").save(fitFile.toString());
    double bestThreshold = 2;
    double bestScore = heldOutExactF1(heldDocs, cueFile, null, 2, cache, threads);
    figures.append(String.format("held out, no split (every inner attribution dropped): mean exact F1 of "
        + "Source, Cue, Content %.4f%n", bestScore));
    for (int k = 3; k <= 9; k++) {
      double threshold = k * 0.1;
      long[] c = splits(fitModel, held, threshold);
      double score = heldOutExactF1(heldDocs, cueFile, fitFile, threshold, cache, threads);
      figures.append(String.format("held out, split from %.1f: right splits %d, wrong splits %d; mean exact F1 "
          + "%.4f%n", threshold, c[0], c[1], score));
      if (score > bestScore + 1e-9) {
        bestScore = score;
        bestThreshold = threshold;
      }
    }
    Files.delete(fitFile);
    figures.append(bestThreshold > 1 ? String.format("chosen: never split%n")
        : String.format("chosen: split from %.1f; refitted on all documents%n", bestThreshold));
    out.print(figures);
    NestingModel model = new NestingModel(fitNesting(perDoc), Math.min(bestThreshold, 1.01),
        figures.toString().replace('\n', ' ').trim());
    Path file = outDir.resolve("nesting-model.ser.gz");
    model.save(file.toString());
    String command = "./newsrel train-attribution --train " + train + " --out " + outDir
        + (maxDocs > 0 ? " --max-docs " + maxDocs : "");
    Files.writeString(outDir.resolve("nesting-model.md"), """
        # Nesting model of newsrel_attribution

        `nesting-model.ser.gz` is a logistic-regression classifier (CoreNLP
        `LinearClassifierFactory`) over pairs of attributions of which the inner one's cue lies
        inside the outer one's Content. PolNeAR is univocal (each token in at most one
        attribution), so either the inner one is an attribution of its own and the outer
        Content ends before it (`X touted A and said B`, `..., a source said`), or it is a part
        of the outer Content and is dropped. With `newsrel_attribution.nested = false` (the
        default) a pair scored at least the threshold is split (the outer Content ends before
        the inner attribution, without the comma or conjunction between them); every other
        inner attribution is dropped as before. Switch it off with
        `newsrel_attribution.nestingModel = none`.

        Features (`NestingFeatures`): the inner and outer cue lemmas, the inner cue's tag,
        both rules, the inner cue's dependency relation and whether the outer cue governs it,
        the word before the inner attribution, the inner Source's kind (pronoun, relative
        pronoun, noun phrase, none), a shared Source, whether the inner attribution reaches the
        end of the outer Content, the distance between the cues.

        Training data: PolNeAR train. The annotator (with the cue classifier just trained)
        proposes its attributions; each nested pair is positive when its inner cue overlaps a
        gold Cue. The threshold is chosen on a held-out fifth of the documents (the most right
        splits minus wrong splits), the shipped model refitted on all. PolNeAR dev and test
        were not used.

        %s""".formatted(reproduce(command, figures)), StandardCharsets.UTF_8);
    out.printf("wrote %s (%d bytes) and nesting-model.md%n", file, Files.size(file));
  }

  /**
   * The annotator's properties with these trained models (null: that model off) and no
   * confidence model: the stages that train a model run the annotator without the later ones.
   */
  static Properties models(Path cueFile, Path nestingFile, Path boundaryFile) {
    Properties props = new Properties();
    props.setProperty("newsrel_attribution.cueClassifier", cueFile.toString());
    props.setProperty("newsrel_attribution.nestingModel", nestingFile == null ? "none" : nestingFile.toString());
    props.setProperty("newsrel_attribution.boundaryModel", boundaryFile == null ? "none" : boundaryFile.toString());
    props.setProperty("newsrel_attribution.confidenceModel", "none");
    return props;
  }

  /** Each document's nested pairs and labels under this cue classifier. */
  static List<NestingDoc> nestingDocs(List<BratDocument> docs, Path cueFile, Path cache, int threads) {
    AttributionTraining annotator = new AttributionTraining("newsrel_attribution", models(cueFile, null, null));
    return TrainCues.parallel(docs, threads, d -> {
      List<NestedPair> pairs = annotator.nestedPairs(TrainCues.parsed(d, cache));
      List<TextBound> cues = d.textBounds("Cue");
      List<Boolean> labels = new ArrayList<>();
      for (NestedPair p : pairs) {
        labels.add(cues.stream().anyMatch(c -> c.begin() < p.innerCue().end() && p.innerCue().begin() < c.end()));
      }
      return new NestingDoc(pairs, labels);
    });
  }

  /**
   * Mean exact-span F1 of Source, Cue and Content of the annotator (boundary model off) on
   * held-out training documents with a nesting model at a threshold (null: none).
   */
  private static double heldOutExactF1(List<BratDocument> docs, Path cueFile, Path nestingFile, double threshold,
      Path cache, int threads) {
    Properties props = models(cueFile, nestingFile, null);
    props.setProperty("newsrel_attribution.nestingSplitFrom", String.valueOf(threshold));
    AttributionAnnotator annotator = new AttributionAnnotator("newsrel_attribution", props);
    List<long[]> counts = TrainCues.parallel(docs, threads, d -> {
      Annotation a = TrainCues.parsed(d, cache);
      annotator.annotate(a);
      return exactCounts(d, a.get(org.newsrel.NewsrelAnnotations.AttributionsAnnotation.class));
    });
    return meanExactF1(counts);
  }

  /** Per role (Source, Cue, Content): exact-span true positives, predicted, gold, of one document. */
  static long[] exactCounts(BratDocument d, List<org.newsrel.core.Event> events) {
    long[] c = new long[9];
    String[] roles = {"Source", "Cue", "Content"};
    for (int r = 0; r < 3; r++) {
      java.util.Map<String, Integer> gold = new java.util.HashMap<>();
      for (TextBound t : d.textBounds(roles[r])) {
        gold.merge(t.fragments().toString(), 1, Integer::sum);
        c[3 * r + 2]++;
      }
      for (org.newsrel.core.Event e : events) {
        var arg = e.argument(roles[r]);
        if (arg.isEmpty()) {
          continue;
        }
        c[3 * r + 1]++;
        String key = arg.get().fragments().stream()
            .map(f -> new org.newsrel.brat.Fragment(f.begin(), f.end()).toString()).toList().toString();
        Integer left = gold.get(key);
        if (left != null && left > 0) {
          gold.put(key, left - 1);
          c[3 * r]++;
        }
      }
    }
    return c;
  }

  /** The mean over Source, Cue and Content of the exact-span F1 summed over documents' {@link #exactCounts}. */
  static double meanExactF1(List<long[]> counts) {
    double sum = 0;
    for (int r = 0; r < 3; r++) {
      long tp = 0;
      long pred = 0;
      long gold = 0;
      for (long[] c : counts) {
        tp += c[3 * r];
        pred += c[3 * r + 1];
        gold += c[3 * r + 2];
      }
      sum += pred + gold == 0 ? 0 : 2.0 * tp / (pred + gold);
    }
    return sum / 3;
  }

  static LinearClassifier<String, String> fitNesting(List<NestingDoc> docs) {
    Dataset<String, String> data = new Dataset<>();
    for (NestingDoc d : docs) {
      for (int i = 0; i < d.pairs().size(); i++) {
        data.add(new BasicDatum<>(d.pairs().get(i).features(), d.split().get(i) ? NestingModel.SPLIT
            : NestingModel.NESTED));
      }
    }
    if (data.size() == 0 || data.labelIndex().size() < 2) {
      // a tiny corpus may have no nested pair of one kind: a model that never splits
      data.add(new BasicDatum<>(List.of("bias"), NestingModel.SPLIT));
      data.add(new BasicDatum<>(List.of("bias"), NestingModel.NESTED));
      data.add(new BasicDatum<>(List.of("bias"), NestingModel.NESTED));
    }
    return fit(data, 1.0);
  }

  /** {right splits, wrong splits} on documents at a threshold. */
  private static long[] splits(LinearClassifier<String, String> model, List<NestingDoc> docs, double threshold) {
    long right = 0;
    long wrong = 0;
    for (NestingDoc d : docs) {
      for (int i = 0; i < d.pairs().size(); i++) {
        double p = model.probabilityOf(new BasicDatum<String, String>(d.pairs().get(i).features()))
            .getCount(NestingModel.SPLIT);
        if (p >= threshold) {
          right += d.split().get(i) ? 1 : 0;
          wrong += d.split().get(i) ? 0 : 1;
        }
      }
    }
    return new long[] {right, wrong};
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

  static BoundaryModel fitModel(List<Example> examples, double sigma, int window, String summary) {
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
    return new BoundaryModel(fit(starts, sigma), fit(ends, sigma), window, summary);
  }

  static LinearClassifier<String, String> fit(Dataset<String, String> data, double sigma) {
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
}
