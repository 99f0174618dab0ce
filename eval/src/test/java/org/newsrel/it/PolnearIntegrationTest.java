package org.newsrel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsrel.report.EvalReport;

/**
 * PolNeAR dev (84 articles, an outside corpus): newsrel and the stock CoreNLP quote
 * baseline are both run through the CLI and scored by the harness; the figures are
 * printed (README keeps them). Floors are regression guards below the measured values.
 */
class PolnearIntegrationTest {

  static final Path DEV = Paths.shared("data/polnear-dev");

  @Test
  void newsrelOnPolnearDev(@TempDir Path tmp) throws Exception {
    Path pred = tmp.resolve("newsrel");
    Cli.Run run = Cli.run("annotate", "--in", DEV.resolve("text").toString(), "--out", pred.toString(),
        "--threads", "2");
    assertEquals(0, run.code(), run.err());
    EvalReport r = Scoring.score(DEV, "newsrel", pred, Paths.repo().resolve("eval/target/it-report/polnear-newsrel"));
    double source = Scores.get(r, "attributions", "Source overlap F1", "newsrel");
    double cue = Scores.get(r, "attributions", "Cue overlap F1", "newsrel");
    double content = Scores.get(r, "attributions", "Content overlap F1", "newsrel");
    double sourceExact = Scores.get(r, "attributions", "Source exact F1", "newsrel");
    double cueExact = Scores.get(r, "attributions", "Cue exact F1", "newsrel");
    double contentExact = Scores.get(r, "attributions", "Content exact F1", "newsrel");
    System.out.printf("POLNEAR-DEV newsrel: overlap F1 Source %.4f, Cue %.4f, Content %.4f; exact F1 Source %.4f, "
        + "Cue %.4f, Content %.4f%n", source, cue, content, sourceExact, cueExact, contentExact);
    assertTrue(source >= Floors.POLNEAR_SOURCE_OVERLAP_F1, "Source " + source);
    assertTrue(cue >= Floors.POLNEAR_CUE_OVERLAP_F1, "Cue " + cue);
    assertTrue(content >= Floors.POLNEAR_CONTENT_OVERLAP_F1, "Content " + content);
    assertTrue(sourceExact >= Floors.POLNEAR_SOURCE_EXACT_F1, "Source exact " + sourceExact);
    assertTrue(cueExact >= Floors.POLNEAR_CUE_EXACT_F1, "Cue exact " + cueExact);
    assertTrue(contentExact >= Floors.POLNEAR_CONTENT_EXACT_F1, "Content exact " + contentExact);
  }

  @Test
  void stockQuoteBaselineOnPolnearDevIsScored(@TempDir Path tmp) throws Exception {
    Path pred = tmp.resolve("quote");
    Cli.Run run = Cli.run("baseline", "--system", "corenlp-quote", "--in", DEV.resolve("text").toString(),
        "--out", pred.toString());
    assertEquals(0, run.code(), run.err());
    EvalReport r = Scoring.score(DEV, "corenlp-quote", pred,
        Paths.repo().resolve("eval/target/it-report/polnear-corenlp-quote"));
    assertEquals(84, r.documents().size());
    double source = Scores.get(r, "attributions", "Source overlap F1", "corenlp-quote");
    double content = Scores.get(r, "attributions", "Content overlap F1", "corenlp-quote");
    double sourceExact = Scores.get(r, "attributions", "Source exact F1", "corenlp-quote");
    System.out.printf("POLNEAR-DEV corenlp-quote: Source exact F1 %.4f, overlap F1 Source %.4f, Content %.4f%n",
        sourceExact, source, content);
    // stock CoreNLP finds quoted speech only: it must score, and stay far from complete
    assertTrue(source > 0 && source < 0.5, "Source overlap F1 " + source);
    assertTrue(content > 0 && content < 0.5, "Content overlap F1 " + content);
  }
}
