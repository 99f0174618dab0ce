package org.newsrel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsrel.report.EvalReport;

/**
 * The newsrel pipeline on the gold set, through the CLI: every text annotated, the
 * output valid under the scheme, and the scores printed. The floors are regression
 * guards set below the measured figures (README), not the issue targets.
 */
class GoldSetIntegrationTest {

  @Test
  void annotatesTheGoldTextsIntoValidBratAndPrintsScores(@TempDir Path tmp) throws Exception {
    Path gold = Paths.repo().resolve("gold/corpus");
    Path pred = tmp.resolve("pred");
    Cli.Run run = Cli.run("annotate", "--in", gold.toString(), "--out", pred.toString(), "--threads", "2");
    assertEquals(0, run.code(), run.err());
    try (var files = Files.list(pred)) {
      assertEquals(5, files.filter(p -> p.toString().endsWith(".ann")).count());
    }
    // predictions carry their .txt, so the validator can check them like gold
    Cli.Run valid = Cli.run("validate", pred.toString());
    assertEquals(0, valid.code(), valid.err());

    EvalReport report = Scoring.score(gold, "newsrel", pred, Paths.repo().resolve("eval/target/it-report/gold"));
    double entities = Scores.get(report, "entities", "named strict F1", "newsrel");
    double identity = Scores.get(report, "identity", "B-cubed F1", "newsrel");
    double attribution = Scores.get(report, "attributions", "end-to-end F1", "newsrel");
    double capture = Scores.get(report, "relations", "Capture trigger overlap F1", "newsrel");
    double captureStrict = Scores.get(report, "relations", "Capture strict event F1", "newsrel");
    double killStrict = Scores.get(report, "relations", "Kill strict event F1", "newsrel");
    System.out.printf("GOLD newsrel: named strict F1 %.4f, identity B3 F1 %.4f, attribution end-to-end F1 %.4f,"
        + " capture trigger F1 %.4f, capture strict event F1 %.4f, kill strict event F1 %.4f%n", entities, identity,
        attribution, capture, captureStrict, killStrict);
    assertTrue(entities >= Floors.GOLD_NAMED_STRICT_F1, "named strict F1 " + entities);
    assertTrue(identity >= Floors.GOLD_IDENTITY_B3_F1, "identity B3 F1 " + identity);
    assertTrue(attribution >= Floors.GOLD_ATTRIBUTION_E2E_F1, "attribution end-to-end F1 " + attribution);
    assertTrue(capture >= Floors.GOLD_CAPTURE_TRIGGER_F1, "capture trigger F1 " + capture);
    assertTrue(captureStrict >= Floors.GOLD_CAPTURE_STRICT_F1, "capture strict event F1 " + captureStrict);
    assertTrue(killStrict >= Floors.GOLD_KILL_STRICT_F1, "kill strict event F1 " + killStrict);
  }
}
