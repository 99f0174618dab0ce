package org.newsrel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsrel.report.EvalReport;
import org.newsrel.score.Calibration;

/**
 * PolNeAR dev (84 articles, an outside corpus): newsrel, its rules + cue classifier
 * configuration and the stock CoreNLP quote baseline are run through the CLI and scored by
 * the harness in one report; the figures are printed (README keeps them). Floors are
 * regression guards below the measured values.
 */
class PolnearIntegrationTest {

  static final Path DEV = Paths.shared("data/polnear-dev");

  /**
   * The rules + cue classifier configuration of 2026-11-23 (the named configuration of the
   * README's PolNeAR table): every model of 2026-12-07 off, PolNeAR's three span conventions off.
   */
  static final String[] RULES_AND_CUE_CLASSIFIER = {
      "--prop", "newsrel_attribution.continuationFragments=false",
      "--prop", "newsrel_attribution.nestingModel=none",
      "--prop", "newsrel_attribution.boundaryModel=none",
      "--prop", "newsrel_attribution.sourceClosingComma=false",
      "--prop", "newsrel_attribution.confidenceModel=none",
      "--prop", "newsrel_attribution.cueEdges=false"};

  /**
   * newsrel, the rules + cue classifier configuration and the stock quote baseline, each run
   * through the CLI and scored in one report (exact and overlap side by side, bootstrap
   * intervals), with newsrel's attribution confidences checked for calibration.
   */
  @Test
  void newsrelRulesAndStockQuoteOnPolnearDev(@TempDir Path tmp) throws Exception {
    Path pred = tmp.resolve("newsrel");
    Cli.Run run = Cli.run("annotate", "--in", DEV.resolve("text").toString(), "--out", pred.toString(),
        "--threads", "2");
    assertEquals(0, run.code(), run.err());
    Path rules = tmp.resolve("rules");
    List<String> args = new ArrayList<>(List.of("annotate", "--in", DEV.resolve("text").toString(), "--out",
        rules.toString(), "--threads", "2"));
    args.addAll(List.of(RULES_AND_CUE_CLASSIFIER));
    Cli.Run rulesRun = Cli.run(args.toArray(String[]::new));
    assertEquals(0, rulesRun.code(), rulesRun.err());
    Path quote = tmp.resolve("quote");
    Cli.Run quoteRun = Cli.run("baseline", "--system", "corenlp-quote", "--in", DEV.resolve("text").toString(),
        "--out", quote.toString());
    assertEquals(0, quoteRun.code(), quoteRun.err());
    LinkedHashMap<String, Path> systems = new LinkedHashMap<>();
    systems.put("newsrel", pred);
    systems.put("rules+cue-classifier", rules);
    systems.put("corenlp-quote", quote);
    EvalReport r = Scoring.score(DEV, systems, Paths.repo().resolve("eval/target/it-report/polnear"));
    assertEquals(84, r.documents().size());
    for (String system : systems.keySet()) {
      System.out.printf("POLNEAR-DEV %s: exact F1 Source %.4f, Cue %.4f, Content %.4f; overlap F1 Source %.4f, "
          + "Cue %.4f, Content %.4f; end-to-end F1 %.4f%n", system,
          Scores.get(r, "attributions", "Source exact F1", system), Scores.get(r, "attributions", "Cue exact F1", system),
          Scores.get(r, "attributions", "Content exact F1", system),
          Scores.get(r, "attributions", "Source overlap F1", system),
          Scores.get(r, "attributions", "Cue overlap F1", system),
          Scores.get(r, "attributions", "Content overlap F1", system),
          Scores.get(r, "attributions", "end-to-end F1", system));
    }
    double source = Scores.get(r, "attributions", "Source overlap F1", "newsrel");
    double cue = Scores.get(r, "attributions", "Cue overlap F1", "newsrel");
    double content = Scores.get(r, "attributions", "Content overlap F1", "newsrel");
    double sourceExact = Scores.get(r, "attributions", "Source exact F1", "newsrel");
    double cueExact = Scores.get(r, "attributions", "Cue exact F1", "newsrel");
    double contentExact = Scores.get(r, "attributions", "Content exact F1", "newsrel");
    assertTrue(source >= Floors.POLNEAR_SOURCE_OVERLAP_F1, "Source " + source);
    assertTrue(cue >= Floors.POLNEAR_CUE_OVERLAP_F1, "Cue " + cue);
    assertTrue(content >= Floors.POLNEAR_CONTENT_OVERLAP_F1, "Content " + content);
    assertTrue(sourceExact >= Floors.POLNEAR_SOURCE_EXACT_F1, "Source exact " + sourceExact);
    assertTrue(cueExact >= Floors.POLNEAR_CUE_EXACT_F1, "Cue exact " + cueExact);
    assertTrue(contentExact >= Floors.POLNEAR_CONTENT_EXACT_F1, "Content exact " + contentExact);
    assertTrue(Scores.get(r, "attributions", "end-to-end F1", "newsrel")
        > Scores.get(r, "attributions", "end-to-end F1", "rules+cue-classifier"), "the models must pay their way");

    // confidences: newsrel's are probabilities, calibrated on held-out train
    Calibration c = r.scores().get("newsrel").attributions().calibration().orElseThrow();
    System.out.printf("POLNEAR-DEV newsrel: attribution confidence, expected calibration error %.4f%n",
        c.expectedCalibrationError());
    assertTrue(c.expectedCalibrationError() <= Floors.POLNEAR_CONFIDENCE_MAX_ECE, "ECE " + c.expectedCalibrationError());
    assertTrue(r.scores().get("corenlp-quote").attributions().calibration().isEmpty(),
        "the stock baseline has no confidences");

    // stock CoreNLP finds quoted speech only: it must score, and stay far from complete
    double quoteSource = Scores.get(r, "attributions", "Source overlap F1", "corenlp-quote");
    double quoteContent = Scores.get(r, "attributions", "Content overlap F1", "corenlp-quote");
    assertTrue(quoteSource > 0 && quoteSource < 0.5, "Source overlap F1 " + quoteSource);
    assertTrue(quoteContent > 0 && quoteContent < 0.5, "Content overlap F1 " + quoteContent);
  }
}
