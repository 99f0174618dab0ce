package org.newsrel.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.pipeline.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsrel.NewsrelAnnotations;
import org.newsrel.cli.MainTest;
import org.newsrel.core.Event;
import org.newsrel.quote.AttributionAnnotator;
import org.newsrel.quote.BoundaryModel;
import org.newsrel.quote.CueModel;
import org.newsrel.quote.NestingModel;

/**
 * {@code train-attribution} end to end on a tiny made-up PolNeAR-style corpus: the four models are
 * written with their .md, load, and run in the annotator; the parse cache is reused.
 */
class TrainAttributionTest {

  /** Made-up news, one attribution a sentence: {source, cue, content} as they appear in the text. */
  private static final String[][][] DOCS = {
      {{"The ministry", "said", "that the talks would resume in March"},
          {"the mayor", "said", "“We will rebuild the bridge,”"}},
      {{"Police", "said", "that two men had been arrested"},
          {"The company", "announced", "that it would close the plant"}},
      {{"Analysts", "believe", "the economy will recover"},
          {"the coach", "told", "reporters that the team was tired"}},
      {{"The governor", "vowed", "to rebuild the school"},
          {"Officials", "said", "that the road was closed"}},
      {{"The union", "said", "that workers would strike on Monday"},
          {"the minister", "said", "“The budget is balanced,”"}},
  };

  private static String sentence(String[] a) {
    return a[2].startsWith("“") ? a[2] + " " + a[0] + " " + a[1] + "." : a[0] + " " + a[1] + " " + a[2] + ".";
  }

  private static void write(Path train) throws Exception {
    Files.createDirectories(train.resolve("text"));
    Files.createDirectories(train.resolve("attributions"));
    for (int d = 0; d < DOCS.length; d++) {
      StringBuilder text = new StringBuilder();
      StringBuilder ann = new StringBuilder();
      int t = 1;
      int e = 1;
      for (String[] a : DOCS[d]) {
        int base = text.length();
        String s = sentence(a);
        text.append(s).append("\n\n");
        int[] ids = new int[3];
        String[] labels = {"Source", "Cue", "Content"};
        for (int r = 0; r < 3; r++) {
          int b = base + s.indexOf(a[r]);
          ann.append("T").append(t).append('\t').append(labels[r]).append(' ').append(b).append(' ')
              .append(b + a[r].length()).append('\t').append(a[r]).append('\n');
          ids[r] = t++;
        }
        int cb = base + s.indexOf(a[1]);
        ann.append("T").append(t).append("\tAttribution ").append(cb).append(' ').append(cb + a[1].length())
            .append('\t').append(a[1]).append('\n');
        ann.append("E").append(e++).append("\tAttribution:T").append(t++).append(" Content:T").append(ids[2])
            .append(" Cue:T").append(ids[1]).append(" Source:T").append(ids[0]).append('\n');
      }
      String name = "doc" + d;
      Files.writeString(train.resolve("text/" + name + ".txt"), text, StandardCharsets.UTF_8);
      Files.writeString(train.resolve("attributions/" + name + "_annotator1.ann"), ann, StandardCharsets.UTF_8);
    }
  }

  @Test
  void trainsTheFourModelsOnATinyCorpus(@TempDir Path dir) throws Exception {
    Path train = dir.resolve("train");
    write(train);
    Path out = dir.resolve("models");
    Path cache = dir.resolve("cache");
    MainTest.Run r = MainTest.run("train-attribution", "--train", train.toString(), "--out", out.toString(),
        "--cache", cache.toString(), "--threads", "1");
    assertEquals(0, r.code(), r.err() + r.out());
    assertTrue(r.out().contains("matched attributions: "), r.out());
    assertTrue(Files.readString(out.resolve("boundary-model.md")).contains("held out, rules' boundaries"));
    assertTrue(Files.readString(out.resolve("cue-classifier.md")).contains("thresholds:"));
    assertTrue(Files.readString(out.resolve("nesting-model.md")).contains("nested pairs: "));
    NestingModel.load(out.resolve("nesting-model.ser.gz").toString());
    assertTrue(Files.readString(out.resolve("confidence-model.md")).contains("held-out attributions: "));
    for (String left : List.of("nesting-model", "cue-classifier", "boundary-model")) {
      assertTrue(Files.notExists(out.resolve(left + ".fit.ser.gz")), "the fit-part " + left + " is left behind");
    }
    assertEquals(DOCS.length, Files.list(cache).filter(p -> p.toString().endsWith(".pb.gz")).count());

    BoundaryModel boundaries = BoundaryModel.load(out.resolve("boundary-model.ser.gz").toString());
    assertEquals(TrainAttribution.WINDOW, boundaries.window());
    CueModel.load(out.resolve("cue-classifier.ser.gz").toString());

    // the trained models run in the annotator on a parse from the cache
    Properties p = new Properties();
    p.setProperty("t.cueClassifier", out.resolve("cue-classifier.ser.gz").toString());
    p.setProperty("t.boundaryModel", out.resolve("boundary-model.ser.gz").toString());
    p.setProperty("t.confidenceModel", out.resolve("confidence-model.ser.gz").toString());
    Annotation a = TrainCues.parsed(TrainCues.documents(train, 1, System.err).get(0), cache);
    new AttributionAnnotator("t", p).annotate(a);
    List<Event> events = a.get(NewsrelAnnotations.AttributionsAnnotation.class);
    assertTrue(!events.isEmpty(), "no attribution from the trained models");
    for (Event e : events) {
      // a probability from the confidence model, not one of the rules' fixed priors
      assertTrue(e.confidence() > 0 && e.confidence() < 1, "confidence " + e.confidence());
      assertTrue(List.of(0.6, 0.7, 0.9).stream().noneMatch(c -> Math.abs(c - e.confidence()) < 1e-9),
          "a rule prior, not the model's probability: " + e.confidence());
    }

    // a rerun reads the cache instead of parsing again, and writes the same boundary model
    byte[] first = Files.readAllBytes(out.resolve("boundary-model.ser.gz"));
    MainTest.Run again = MainTest.run("train-attribution", "--train", train.toString(), "--out", out.toString(),
        "--cache", cache.toString(), "--threads", "1");
    assertEquals(0, again.code(), again.err());
    assertEquals(r.out().lines().filter(l -> l.startsWith("held out")).toList(),
        again.out().lines().filter(l -> l.startsWith("held out")).toList());
    assertArrayEquals(first, Files.readAllBytes(out.resolve("boundary-model.ser.gz")));
  }
}
