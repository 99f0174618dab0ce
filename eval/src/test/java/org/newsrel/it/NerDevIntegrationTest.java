package org.newsrel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsrel.report.EvalReport;

/**
 * {@code gold/ner-dev} (20 PolNeAR dev texts, PERSON / ORGANIZATION / LOCATION by hand):
 * newsrel and the stock {@code corenlp-ner} baseline both run through the CLI (newsrel on
 * the JVM's shared pipeline) and scored in one report, strict span+type F1 per type and
 * micro. Floors are regression guards at the figures measured (README, Results); the
 * second assertion block is the target: newsrel at least as good as stock on
 * every type.
 */
class NerDevIntegrationTest {

  private static final List<String> TYPES = List.of("PERSON", "ORGANIZATION", "LOCATION");

  @Test
  void newsrelAgainstStockNerOnNerDev(@TempDir Path tmp) throws Exception {
    Path gold = Paths.repo().resolve("gold/ner-dev");
    Path newsrel = tmp.resolve("newsrel");
    Path stock = tmp.resolve("stock");
    Cli.Run run = Cli.run("annotate", "--in", gold.toString(), "--out", newsrel.toString(), "--threads", "2");
    assertEquals(0, run.code(), run.err());
    Cli.Run base = Cli.run("baseline", "--system", "corenlp-ner", "--in", gold.toString(), "--out", stock.toString());
    assertEquals(0, base.code(), base.err());

    Path reports = Paths.repo().resolve("eval/target/it-report");
    EvalReport n = Scoring.score(gold, "newsrel", newsrel, reports.resolve("ner-dev-newsrel"));
    EvalReport s = Scoring.score(gold, "corenlp-ner", stock, reports.resolve("ner-dev-corenlp-ner"));
    assertEquals(20, n.documents().size());
    double[] mine = new double[TYPES.size() + 1];
    double[] theirs = new double[TYPES.size() + 1];
    for (int i = 0; i < TYPES.size(); i++) {
      mine[i] = Scores.get(n, "entities", TYPES.get(i) + " strict F1", "newsrel");
      theirs[i] = Scores.get(s, "entities", TYPES.get(i) + " strict F1", "corenlp-ner");
    }
    mine[TYPES.size()] = Scores.get(n, "entities", "micro strict F1", "newsrel");
    theirs[TYPES.size()] = Scores.get(s, "entities", "micro strict F1", "corenlp-ner");
    System.out.printf("NER-DEV strict F1 newsrel / corenlp-ner: PERSON %.4f / %.4f, ORGANIZATION %.4f / %.4f,"
        + " LOCATION %.4f / %.4f, micro %.4f / %.4f%n", mine[0], theirs[0], mine[1], theirs[1], mine[2], theirs[2],
        mine[3], theirs[3]);
    assertTrue(mine[0] >= Floors.NER_DEV_PERSON_STRICT_F1, "PERSON " + mine[0]);
    assertTrue(mine[1] >= Floors.NER_DEV_ORGANIZATION_STRICT_F1, "ORGANIZATION " + mine[1]);
    assertTrue(mine[2] >= Floors.NER_DEV_LOCATION_STRICT_F1, "LOCATION " + mine[2]);
    assertTrue(mine[3] >= Floors.NER_DEV_MICRO_STRICT_F1, "micro " + mine[3]);
    for (int i = 0; i <= TYPES.size(); i++) {
      String what = i < TYPES.size() ? TYPES.get(i) : "micro";
      assertTrue(mine[i] >= theirs[i], what + ": newsrel " + mine[i] + " below stock " + theirs[i]);
    }
    // the stock baseline runs at all and stays a baseline
    assertTrue(theirs[3] > 0.5 && theirs[3] < mine[3], "stock micro " + theirs[3]);
  }
}
