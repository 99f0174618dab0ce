package org.newsrel.train;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.pipeline.Annotation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.newsrel.brat.BratDocument;
import org.newsrel.brat.BratFormatException;
import org.newsrel.brat.LayersToBrat;
import org.newsrel.core.Event;
import org.newsrel.quote.AttributionTraining;
import org.newsrel.quote.BoundaryModel;
import org.newsrel.quote.ConfidenceFeatures;
import org.newsrel.quote.ConfidenceModel;
import org.newsrel.quote.CueModel;
import org.newsrel.quote.NestingModel;
import org.newsrel.score.AttributionScorer;
import org.newsrel.score.Calibration;

/**
 * The last stage of {@code newsrel train-attribution}: the confidence model
 * ({@link ConfidenceModel}), which gives each attribution the probability that it is right end
 * to end. A probability is only worth its name on documents the other models have not seen, so
 * the training documents are split with the fixed seed of {@link TrainAttribution}: the cue
 * classifier, nesting model and boundary model are fitted again on the larger part alone (with
 * the shipped thresholds and regularisation), the annotator with those models runs on the
 * held-out fifth, and each attribution it writes there is labelled right or wrong by the
 * harness's own end-to-end match ({@link AttributionScorer#rightEndToEnd}). The confidence
 * model is fitted on those; its regularisation is chosen, and its reliability measured, by
 * two-fold cross-validation over the held-out documents. Development and test data are never
 * read.
 */
public final class TrainConfidence {

  static final double[] SIGMAS = {0.05, 0.1, 0.25, 0.5, 1.0, 2.0};
  static final int MIN_FEATURE_COUNT = 3;

  /** One held-out document's attributions: features and whether each is right. */
  record Labelled(BratDocument gold, List<Event> events, List<List<String>> features, List<Boolean> right,
      List<Double> prior, int goldAttributions) {}

  private TrainConfidence() {}

  static void train(Path train, Path outDir, Path cueFile, Path nestingFile, double boundarySigma, Path cache,
      int threads, int maxDocs, int window, PrintStream out, PrintStream err) throws IOException, BratFormatException {
    List<BratDocument> docs = TrainCues.documents(train, maxDocs, err);
    List<Integer> order = TrainCues.shuffledOrder(docs.size(), TrainAttribution.SEED);
    int heldCount = Math.max(2, order.size() / 5);
    if (order.size() < 4) {
      throw new IllegalArgumentException("train-attribution: the confidence model needs at least 4 documents, got "
          + order.size());
    }
    List<BratDocument> held = order.subList(0, heldCount).stream().map(docs::get).toList();
    List<BratDocument> fit = order.subList(heldCount, order.size()).stream().map(docs::get).toList();

    CueModel shippedCue = CueModel.load(cueFile.toString());
    Path fitCue = outDir.resolve("cue-classifier.fit.ser.gz");
    TrainCues.fitOn(fit, cache, threads, shippedCue.dropBelow(), shippedCue.addAbove()).save(fitCue.toString());
    NestingModel shippedNesting = NestingModel.load(nestingFile.toString());
    Path fitNesting = outDir.resolve("nesting-model.fit.ser.gz");
    new NestingModel(TrainAttribution.fitNesting(TrainAttribution.nestingDocs(fit, fitCue, cache, threads)),
        shippedNesting.splitFrom(), "fit part").save(fitNesting.toString());
    Path fitBoundary = outDir.resolve("boundary-model.fit.ser.gz");
    List<TrainAttribution.Example> examples = new ArrayList<>();
    TrainAttribution.boundaryExamples(fit, fitCue, fitNesting, cache, threads, window).forEach(examples::addAll);
    BoundaryModel boundaries = TrainAttribution.fitModel(examples, boundarySigma, window, "fit part");
    boundaries.save(fitBoundary.toString());

    AttributionScorer scorer = new AttributionScorer(0.5);
    StringBuilder figures = new StringBuilder();
    figures.append(String.format(Locale.ROOT, "documents: %d (models refitted on %d, confidence fitted on the "
        + "%d held out; split seed %d)%n", docs.size(), fit.size(), held.size(), TrainAttribution.SEED));
    // the cue classifier's add threshold was chosen for cue tokens alone; with the confidence
    // model after it a lower one may pay: each is tried, the best mean exact F1 wins
    Selection best = null;
    for (double add : addThresholds(shippedCue.addAbove())) {
      Properties props = TrainAttribution.models(fitCue, fitNesting, fitBoundary);
      props.setProperty("newsrel_attribution.cueAddAbove", String.valueOf(add));
      AttributionTraining annotator = new AttributionTraining("newsrel_attribution", props);
      List<Labelled> labelled = TrainCues.parallel(held, threads, d -> label(d, annotator, scorer, cache));
      Selection sel = select(labelled, add);
      figures.append(String.format(Locale.ROOT, "cue classifier adds from %.2f: %d held-out attributions, sigma "
          + "%.2f, drop below %.2f: mean exact F1 of Source, Cue, Content %.4f%n", add, sel.attributions(),
          sel.sigma(), sel.keepFrom(), sel.exact()));
      if (best == null || sel.exact() > best.exact() + 1e-9) {
        best = sel;
      }
    }
    Files.delete(fitCue);
    Files.delete(fitNesting);
    Files.delete(fitBoundary);
    figures.append(String.format(Locale.ROOT, "chosen: the cue classifier adds from %.2f; refitted on all its "
        + "held-out attributions; the details:%n", best.cueAddAbove()));
    figures.append(best.figures());
    out.print(figures);
    ConfidenceModel model = new ConfidenceModel(fit(best.labelled(), best.sigma()), best.keepFrom(),
        best.cueAddAbove(), figures.toString().replace('\n', ' ').trim());
    Path file = outDir.resolve("confidence-model.ser.gz");
    model.save(file.toString());
    String command = "./newsrel train-attribution --train " + train + " --out " + outDir
        + (maxDocs > 0 ? " --max-docs " + maxDocs : "");
    Files.writeString(outDir.resolve("confidence-model.md"), """
        # Confidence model of newsrel_attribution

        `confidence-model.ser.gz` is a logistic-regression classifier (CoreNLP
        `LinearClassifierFactory`) that gives each attribution the annotator writes the
        probability that it is right end to end: its Content aligned to a gold attribution's
        by overlap and its Source overlapping that one's Source (or neither has a Source),
        the harness's end-to-end match. The annotator writes it as the event's `confidence`
        (JSON) and as a brat note `#1 AnnotatorNotes E1 confidence=0.8312`; `eval` reads
        the notes into a reliability table and a precision/recall curve over the threshold.
        An attribution whose confidence is below the model's drop threshold is not written
        (`newsrel_attribution.confidenceKeepFrom` overrides it; 0 keeps all). Switch the model
        off with `newsrel_attribution.confidenceModel = none` (each rule's fixed prior instead,
        nothing dropped).

        Features (`ConfidenceFeatures`): the rule, alone and with the Source's form (none,
        pronoun, name, short or long noun phrase) and with the cue classifier's probability
        in tenths; the boundary model's probabilities for the Content's begin and end in
        tenths; Kind; the Content's length in tokens (bucketed) and fragments; the cue's
        words; the trigger's sentence (first, early, later); whether the Content opens with
        a quotation mark.

        Training data: PolNeAR train. A probability must hold on news the models have not
        seen, so the cue classifier, nesting model and boundary model are refitted on four
        fifths of the documents (fixed seed, the shipped thresholds and regularisation), the
        annotator with them runs on the remaining fifth, and its attributions there are the
        examples. The regularisation is chosen by two-fold cross-validated log-loss over those
        documents, which also give the reliability table below, and the drop threshold by the
        mean exact-span F1 of Source, Cue and Content there with the out-of-fold confidences.
        The cue classifier's add threshold was chosen for cue tokens alone; its own value and
        two lower ones are tried, each with its own regularisation and drop threshold, and the
        best mean exact F1 wins: the annotator then adds cue candidates from that threshold
        when the confidence model is on. The shipped model is refitted on all held-out
        attributions at the chosen threshold. PolNeAR dev and test were not used.

        %s""".formatted(TrainAttribution.reproduce(command, figures)), StandardCharsets.UTF_8);
    out.printf("wrote %s (%d bytes) and confidence-model.md%n", file, Files.size(file));
  }

  /** What was chosen for one cue add threshold, with its figures. */
  record Selection(double cueAddAbove, List<Labelled> labelled, long attributions, double sigma, double keepFrom,
      double exact, String figures) {}

  /** The add thresholds tried: the cue classifier's own and two lower ones, 0.05 apart. */
  static List<Double> addThresholds(double shipped) {
    List<Double> out = new ArrayList<>();
    for (int k = 2; k >= 0; k--) {
      double t = Math.round((shipped - 0.05 * k) * 100) / 100.0;
      if (t > 0) {
        out.add(t);
      }
    }
    return out;
  }

  /** The regularisation (two-fold log-loss) and drop threshold (mean exact F1) for these examples. */
  private static Selection select(List<Labelled> labelled, double add) {
    List<Labelled> foldA = new ArrayList<>();
    List<Labelled> foldB = new ArrayList<>();
    for (int i = 0; i < labelled.size(); i++) {
      (i % 2 == 0 ? foldA : foldB).add(labelled.get(i));
    }
    StringBuilder figures = new StringBuilder();
    long attributions = labelled.stream().mapToLong(l -> l.right().size()).sum();
    long right = labelled.stream().flatMap(l -> l.right().stream()).filter(b -> b).count();
    figures.append(String.format(Locale.ROOT, "held-out attributions: %d, right end to end: %d (%.3f)%n",
        attributions, right, right / (double) Math.max(1, attributions)));
    List<Calibration.Judged> priors = new ArrayList<>();
    labelled.forEach(l -> {
      for (int i = 0; i < l.right().size(); i++) {
        priors.add(new Calibration.Judged(l.prior().get(i), l.right().get(i)));
      }
    });
    int gold = labelled.stream().mapToInt(Labelled::goldAttributions).sum();
    figures.append(String.format(Locale.ROOT, "each rule's fixed prior: log-loss %.4f, expected calibration error "
        + "%.4f%n", logLoss(priors), Calibration.of(priors, gold).expectedCalibrationError()));
    double bestSigma = SIGMAS[0];
    double bestLoss = Double.MAX_VALUE;
    List<Calibration.Judged> bestJudged = null;
    List<List<Double>> bestOutOfFold = null;
    for (double sigma : SIGMAS) {
      // out-of-fold confidences, per held-out document in its order
      List<List<Double>> outOfFold = new ArrayList<>();
      LinearClassifier<String, String> onA = fit(foldA, sigma);
      LinearClassifier<String, String> onB = fit(foldB, sigma);
      for (int i = 0; i < labelled.size(); i++) {
        outOfFold.add(predict(i % 2 == 0 ? onB : onA, labelled.get(i)));
      }
      List<Calibration.Judged> judged = judged(labelled, outOfFold);
      double loss = logLoss(judged);
      figures.append(String.format(Locale.ROOT, "two-fold, sigma %.2f: log-loss %.4f, expected calibration error "
          + "%.4f%n", sigma, loss, Calibration.of(judged, gold).expectedCalibrationError()));
      if (loss < bestLoss - 1e-9) {
        bestLoss = loss;
        bestSigma = sigma;
        bestJudged = judged;
        bestOutOfFold = outOfFold;
      }
    }
    // the confidence below which an attribution is dropped: the one that gives the best mean
    // exact-span F1 of Source, Cue and Content over the held-out documents, out of fold
    double keepFrom = 0;
    double bestExact = -1;
    Calibration cv = Calibration.of(bestJudged, gold);
    for (int k = 0; k <= 12; k++) {
      double threshold = k * 0.05;
      List<long[]> counts = new ArrayList<>();
      for (int i = 0; i < labelled.size(); i++) {
        List<Event> kept = new ArrayList<>();
        for (int j = 0; j < labelled.get(i).events().size(); j++) {
          if (bestOutOfFold.get(i).get(j) >= threshold) {
            kept.add(labelled.get(i).events().get(j));
          }
        }
        counts.add(TrainAttribution.exactCounts(labelled.get(i).gold(), kept));
      }
      double exact = TrainAttribution.meanExactF1(counts);
      Calibration.Point point = cv.curve().get(Math.min(9, k / 2));
      figures.append(String.format(Locale.ROOT, "two-fold, drop below %.2f: mean exact F1 of Source, Cue, Content "
          + "%.4f%s%n", threshold, exact, k % 2 == 0 ? String.format(Locale.ROOT, ", end-to-end F1 %.4f",
          point.prf().f1().orElse(0)) : ""));
      if (exact > bestExact + 1e-9) {
        bestExact = exact;
        keepFrom = threshold;
      }
    }
    figures.append(String.format(Locale.ROOT, "chosen sigma %.2f, drop below %.2f%n", bestSigma, keepFrom));
    figures.append("two-fold reliability at the chosen sigma (confidence bin: attributions, mean confidence, "
        + "precision):\n");
    for (Calibration.Bin b : cv.bins()) {
      figures.append(String.format(Locale.ROOT, "  %.1f-%.1f: %5d  %s  %s%n", b.from(), b.to(), b.count(),
          b.count() == 0 ? "  -  " : String.format(Locale.ROOT, "%.3f", b.meanConfidence()),
          b.precision().isPresent() ? String.format(Locale.ROOT, "%.3f", b.precision().getAsDouble()) : "  -"));
    }
    return new Selection(add, labelled, attributions, bestSigma, keepFrom, bestExact, figures.toString());
  }

  /** Runs the annotator on a held-out document and labels each attribution by the end-to-end match. */
  private static Labelled label(BratDocument gold, AttributionTraining annotator, AttributionScorer scorer,
      Path cache) {
    Annotation a = TrainCues.parsed(gold, cache);
    List<ConfidenceFeatures.Example> examples = annotator.confidenceExamples(a);
    LayersToBrat.Builder b = new LayersToBrat.Builder(gold.name(), gold.text()).confidences(false);
    examples.forEach(e -> b.event(e.event()));
    List<AttributionScorer.Attribution> goldAttributions = AttributionScorer.attributions(gold);
    List<Boolean> right = scorer.rightEndToEnd(goldAttributions, AttributionScorer.attributions(b.build()));
    return new Labelled(gold, examples.stream().map(ConfidenceFeatures.Example::event).toList(),
        examples.stream().map(ConfidenceFeatures.Example::features).toList(), right,
        examples.stream().map(e -> e.event().confidence()).toList(), goldAttributions.size());
  }

  static LinearClassifier<String, String> fit(List<Labelled> docs, double sigma) {
    Dataset<String, String> data = new Dataset<>();
    for (Labelled d : docs) {
      for (int i = 0; i < d.right().size(); i++) {
        data.add(new BasicDatum<>(d.features().get(i), d.right().get(i) ? ConfidenceModel.RIGHT
            : ConfidenceModel.WRONG));
      }
    }
    if (data.labelIndex().size() < 2) {
      // a tiny corpus may have only right or only wrong attributions: a model near one half
      data.add(new BasicDatum<>(List.of("bias"), ConfidenceModel.RIGHT));
      data.add(new BasicDatum<>(List.of("bias"), ConfidenceModel.WRONG));
    }
    data.applyFeatureCountThreshold(Math.min(MIN_FEATURE_COUNT, 1 + data.size() / 100));
    return TrainAttribution.fit(data, sigma);
  }

  private static List<Double> predict(LinearClassifier<String, String> model, Labelled doc) {
    ConfidenceModel m = new ConfidenceModel(model, 0, 0, "");
    return doc.features().stream().map(m::probability).toList();
  }

  private static List<Calibration.Judged> judged(List<Labelled> docs, List<List<Double>> confidences) {
    List<Calibration.Judged> out = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      for (int j = 0; j < docs.get(i).right().size(); j++) {
        out.add(new Calibration.Judged(confidences.get(i).get(j), docs.get(i).right().get(j)));
      }
    }
    return out;
  }

  private static double logLoss(List<Calibration.Judged> judged) {
    double sum = 0;
    for (Calibration.Judged j : judged) {
      double p = Math.min(1 - 1e-6, Math.max(1e-6, j.confidence()));
      sum -= j.right() ? Math.log(p) : Math.log(1 - p);
    }
    return sum / Math.max(1, judged.size());
  }
}
