package org.newsrel.train;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.newsrel.brat.BratCorpus;
import org.newsrel.brat.BratDocument;
import org.newsrel.brat.BratFormatException;
import org.newsrel.brat.Fragment;
import org.newsrel.brat.TextBound;
import org.newsrel.pipeline.NewsrelPipeline;
import org.newsrel.quote.AttributionTraining;
import org.newsrel.quote.CueCandidate;
import org.newsrel.quote.CueModel;

/**
 * The first stage of {@code newsrel train-attribution} ({@link TrainAttribution}): trains the attribution annotator's cue classifier on a
 * PolNeAR-style training folder ({@code text/} + {@code attributions/}) and writes it as
 * a {@link CueModel} plus {@code cue-classifier.md} (the figures and the command) next to
 * it.
 *
 * <p>Candidates and features come from {@link AttributionTraining#cueCandidates} over
 * CoreNLP's parse ({@code tokenize,ssplit,pos,lemma,ner,depparse} with newsrel's settings);
 * a candidate is positive when it lies in a gold Cue span. Documents are split with a fixed
 * seed into 80% fit and 20% held out; the held-out part chooses the two thresholds (drop a
 * rule cue, add an unclaimed candidate) that maximise cue-token F1 there; the shipped
 * model is then refitted on all documents with the same settings. Parses are cached in
 * {@code --cache} (protobuf, one file per document), so retraining takes seconds.
 */
public final class TrainCues {

  static final long SEED = 20261122L;
  static final double SIGMA = 1.0;
  static final int MIN_FEATURE_COUNT = 2;

  private record Doc(String name, List<CueCandidate> candidates, List<Boolean> labels, int goldCues,
      int goldCuesCovered) {}

  private TrainCues() {}

  static int run(Path train, Path outFile, Path cache, int threads, int maxDocs, PrintStream out, PrintStream err)
      throws IOException, BratFormatException {
    List<BratDocument> docs = documents(train, maxDocs, err);
    out.printf("cue classifier: %d documents in %s%n", docs.size(), train);
    if (cache != null) {
      Files.createDirectories(cache);
    }
    AttributionTraining rules = rulesOnly();

    AtomicInteger done = new AtomicInteger();
    List<Doc> all = parallel(docs, threads, d -> {
      Doc doc = label(d, rules.cueCandidates(parsed(d, cache)));
      int n = done.incrementAndGet();
      if (n % 50 == 0) {
        out.printf("  %d/%d documents%n", n, docs.size());
      }
      return doc;
    });

    List<Integer> order = shuffledOrder(all.size(), SEED);
    int heldCount = order.size() / 5;
    List<Doc> held = order.subList(0, heldCount).stream().map(all::get).toList();
    List<Doc> fit = order.subList(heldCount, order.size()).stream().map(all::get).toList();

    LinearClassifier<String, String> fitModel = train(fit);
    double[] best = chooseThresholds(fitModel, held);
    LinearClassifier<String, String> finalModel = train(all);

    int candidates = all.stream().mapToInt(d -> d.candidates().size()).sum();
    long positives = all.stream().flatMap(d -> d.labels().stream()).filter(b -> b).count();
    int goldCues = all.stream().mapToInt(Doc::goldCues).sum();
    int covered = all.stream().mapToInt(Doc::goldCuesCovered).sum();
    double[] rulesOnly = evaluate(fitModel, held, 0, 2);
    double[] combined = evaluate(fitModel, held, best[0], best[1]);
    String command = "./newsrel train-attribution --train " + train + " --out "
        + (outFile.getParent() == null ? "." : outFile.getParent()) + (maxDocs > 0 ? " --max-docs " + maxDocs : "");
    StringBuilder figures = new StringBuilder();
    figures.append(String.format("documents: %d (fit %d, held out %d; split seed %d)%n", all.size(), fit.size(),
        held.size(), SEED));
    figures.append(String.format("candidates: %d, positives (in a gold Cue span): %d; gold Cue spans %d, "
        + "of which %d contain a candidate%n", candidates, positives, goldCues, covered));
    figures.append(String.format("features: %d (seen at least %d times), sigma %.1f%n",
        finalModel.features().size(), MIN_FEATURE_COUNT, SIGMA));
    figures.append(String.format("thresholds: drop a rule cue below %.2f, add an unclaimed candidate from %.2f%n",
        best[0], best[1]));
    figures.append(String.format("held-out cue candidates, rules alone:     P %.3f R %.3f F1 %.3f%n",
        rulesOnly[0], rulesOnly[1], rulesOnly[2]));
    figures.append(String.format("held-out cue candidates, rules+classifier: P %.3f R %.3f F1 %.3f%n",
        combined[0], combined[1], combined[2]));
    out.print(figures);

    CueModel model = new CueModel(finalModel, best[0], best[1], figures.toString().replace('\n', ' ').trim());
    if (outFile.getParent() != null) {
      Files.createDirectories(outFile.getParent());
    }
    model.save(outFile.toString());
    Path md = outFile.resolveSibling("cue-classifier.md");
    Files.writeString(md, """
        # Cue classifier of newsrel_attribution

        `%s` is a logistic-regression classifier (CoreNLP `LinearClassifierFactory`, no extra
        dependency) that scores every candidate cue head (verb, common noun, adjective,
        "according", outside quotation marks) of a sentence. `AttributionAnnotator` combines it
        with the rules: a rule attribution whose cue scores below the drop threshold is
        dropped, and an unclaimed candidate that scores at least the add threshold and has a
        clausal complement, infinitive, object or parenthetical host becomes an attribution
        (Source = its subject, Content = that dependent, spans as the rules make them).
        Switch it off with `newsrel_attribution.cueClassifier = none`.

        Features (`CueFeatures`): lemma, POS, lemma + dependent relations, "that"/"to" markers,
        prepositions, the subject's pronoun / NER type / lemma, cue lexicon frames, the rule
        that fired (if any), inside another attribution's content, quotes in the sentence or
        next to the token, negation, position in the sentence, neighbouring words.

        Training data: PolNeAR train (gold Cue spans); a candidate is positive when it lies in
        a gold Cue span. The documents are split with a fixed seed into a fitting part and a
        held-out part; the thresholds are chosen on the held-out part (maximum cue-token F1
        over candidates, gold cues without a candidate counted as missed), and the shipped
        model is refitted on all training documents. PolNeAR dev was not used for training or
        thresholds.

        Reproduce (with the Content boundary model, `boundary-model.md`; parses cached in the
        folder given by `--cache`, so a rerun takes a few minutes):

            %s --cache /tmp/quote/train-cache

        ## Training figures

        ```
        %s```
        """.formatted(outFile.getFileName(), command, figures), StandardCharsets.UTF_8);
    out.printf("wrote %s (%d bytes) and %s%n", outFile, Files.size(outFile), md);
    return 0;
  }

  /**
   * A cue classifier fitted on these documents alone, with the given thresholds: for the
   * confidence model, which must be fitted on documents the cue classifier has not seen.
   */
  static CueModel fitOn(List<BratDocument> docs, Path cache, int threads, double dropBelow, double addAbove) {
    AttributionTraining rules = rulesOnly();
    List<Doc> labelled = parallel(docs, threads, d -> label(d, rules.cueCandidates(parsed(d, cache))));
    return new CueModel(train(labelled), dropBelow, addAbove, "fitted on " + docs.size() + " documents");
  }

  /** The annotator with the rules alone (no cue classifier): the cue candidates it yields are the training data. */
  private static AttributionTraining rulesOnly() {
    Properties annProps = new Properties();
    annProps.setProperty("newsrel_attribution.cueClassifier", "none");
    return new AttributionTraining("newsrel_attribution", annProps);
  }

  /** The training documents in name order (the first {@code maxDocs} when positive); unreadable ones warned about. */
  static List<BratDocument> documents(Path train, int maxDocs, PrintStream err) throws IOException, BratFormatException {
    BratCorpus corpus = BratCorpus.readGold(train);
    for (BratFormatException e : corpus.errors()) {
      err.println("warning: " + e.getMessage());
    }
    List<BratDocument> sorted = new ArrayList<>(corpus.documents());
    sorted.sort(java.util.Comparator.comparing(BratDocument::name));
    return maxDocs > 0 && sorted.size() > maxDocs ? sorted.subList(0, maxDocs) : sorted;
  }

  private static StanfordCoreNLP parser;

  /**
   * The document parsed by CoreNLP ({@code tokenize,ssplit,pos,lemma,ner,depparse} with newsrel's
   * settings), read from {@code cache} when it holds it, else parsed (and cached when a cache is
   * given). Safe to call from several threads (one shared parser).
   */
  static Annotation parsed(BratDocument d, Path cache) {
    Annotation a = cache == null ? null : readCached(cache.resolve(d.name() + ".pb.gz"));
    if (a != null) {
      return a;
    }
    synchronized (TrainCues.class) {
      if (parser == null) {
        Properties parseProps = new Properties();
        parseProps.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        parser = NewsrelPipeline.create(parseProps);
      }
    }
    a = new Annotation(d.text());
    parser.annotate(a);
    if (cache != null) {
      writeCached(cache.resolve(d.name() + ".pb.gz"), a);
    }
    return a;
  }

  /** Maps the documents in parallel, results in document order. */
  static <T> List<T> parallel(List<BratDocument> docs, int threads,
      java.util.function.Function<BratDocument, T> f) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<T>> futures = new ArrayList<>();
    for (BratDocument d : docs) {
      futures.add(pool.submit(() -> f.apply(d)));
    }
    List<T> out = new ArrayList<>();
    try {
      for (Future<T> fu : futures) {
        out.add(fu.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("train-attribution failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdown();
    }
    return out;
  }

  /** 0..n-1 shuffled with the seed: the first fifth is the held-out part of a split. */
  static List<Integer> shuffledOrder(int n, long seed) {
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      order.add(k);
    }
    Collections.shuffle(order, new Random(seed));
    return order;
  }

  private static Doc label(BratDocument d, List<CueCandidate> candidates) {
    List<TextBound> cues = d.textBounds("Cue");
    List<Boolean> labels = new ArrayList<>();
    boolean[] coveredCue = new boolean[cues.size()];
    for (CueCandidate c : candidates) {
      boolean in = false;
      for (int k = 0; k < cues.size(); k++) {
        for (Fragment f : cues.get(k).fragments()) {
          if (c.begin() < f.end() && f.begin() < c.end()) {
            in = true;
            coveredCue[k] = true;
          }
        }
      }
      labels.add(in);
    }
    int covered = 0;
    for (boolean b : coveredCue) {
      covered += b ? 1 : 0;
    }
    return new Doc(d.name(), candidates, labels, cues.size(), covered);
  }

  private static LinearClassifier<String, String> train(List<Doc> docs) {
    Dataset<String, String> data = new Dataset<>();
    for (Doc d : docs) {
      for (int i = 0; i < d.candidates().size(); i++) {
        data.add(new BasicDatum<>(d.candidates().get(i).features(),
            d.labels().get(i) ? CueModel.POSITIVE : CueModel.NEGATIVE));
      }
    }
    data.applyFeatureCountThreshold(MIN_FEATURE_COUNT);
    LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
    factory.setSigma(SIGMA);
    factory.setVerbose(false);
    return factory.trainClassifier(data);
  }

  /** P, R, F1 of cue tokens on held-out documents; gold cues with no candidate count as missed. */
  private static double[] evaluate(LinearClassifier<String, String> model, List<Doc> docs, double drop, double add) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Doc d : docs) {
      for (int i = 0; i < d.candidates().size(); i++) {
        CueCandidate c = d.candidates().get(i);
        double p = model.probabilityOf(new BasicDatum<String, String>(c.features())).getCount(CueModel.POSITIVE);
        boolean on = c.rule() != null ? (p >= drop || c.layoutCue()) : c.canAdd() && p >= add;
        boolean gold = d.labels().get(i);
        tp += on && gold ? 1 : 0;
        fp += on && !gold ? 1 : 0;
        fn += !on && gold ? 1 : 0;
      }
      fn += d.goldCues() - d.goldCuesCovered();
    }
    double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    return new double[] {p, r, 2.0 * tp / Math.max(1, 2 * tp + fp + fn)};
  }

  private static double[] chooseThresholds(LinearClassifier<String, String> model, List<Doc> held) {
    double[] best = {0, 2, -1};
    for (int di = 0; di <= 10; di++) {
      double drop = di * 0.05;
      for (int ai = 6; ai <= 20; ai++) {
        double add = ai * 0.05;
        double f = evaluate(model, held, drop, add)[2];
        if (f > best[2] + 1e-9) {
          best = new double[] {drop, add, f};
        }
      }
    }
    return best;
  }

  static Annotation readCached(Path file) {
    if (!Files.exists(file)) {
      return null;
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new ProtobufAnnotationSerializer(false).read(in).first();
    } catch (IOException | ClassNotFoundException e) {
      return null;
    }
  }

  private static void writeCached(Path file, Annotation a) {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(tmp))) {
      new ProtobufAnnotationSerializer(false).write(a, o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
