package org.newsrel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsrel.report.EvalReport;
import org.newsrel.report.MetricRow;

/**
 * Inter-annotator agreement on {@code gold/ner-dev}: the second pass
 * ({@code agreement/pass2}, 5 texts) as gold, the first pass as predictions, scored by the
 * harness exactly as {@code ./newsrel eval --gold gold/ner-dev/agreement/pass2 --pred
 * pass1:gold/ner-dev} scores them (only the 5 shared texts are read from the first pass).
 * The figures are those in {@code gold/ner-dev/README.md}; no model is needed.
 */
class NerDevAgreementTest {

  @Test
  void pass1AgainstPass2OnTheFiveSharedTexts() throws Exception {
    Path dev = Paths.repo().resolve("gold/ner-dev");
    EvalReport r = Scoring.score(dev.resolve("agreement/pass2"), "pass1", dev,
        Paths.repo().resolve("eval/target/it-report/ner-dev-agreement"));
    assertEquals(5, r.documents().size());
    double micro = Scores.get(r, "entities", "micro strict F1", "pass1");
    double per = Scores.get(r, "entities", "PERSON strict F1", "pass1");
    double org = Scores.get(r, "entities", "ORGANIZATION strict F1", "pass1");
    double loc = Scores.get(r, "entities", "LOCATION strict F1", "pass1");
    System.out.printf("NER-DEV agreement pass1 vs pass2 (strict span+type F1): PERSON %.4f, ORGANIZATION %.4f,"
        + " LOCATION %.4f, micro %.4f%n", per, org, loc, micro);
    assertEquals(1.0, micro, 1e-9, "micro strict F1 (README: 1.000, 158 of 158 mentions)");
    assertEquals(1.0, per, 1e-9);
    assertEquals(1.0, org, 1e-9);
    assertEquals(1.0, loc, 1e-9);
    // both passes declare PERSON, ORGANIZATION, LOCATION only (labels.conf): no row for the others
    List<String> entityRows = r.metrics().stream().filter(m -> m.layer().equals("entities"))
        .map(MetricRow::metric).toList();
    assertTrue(entityRows.contains("LOCATION strict F1"));
    assertFalse(entityRows.contains("DATE strict F1"), entityRows.toString());
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("only PERSON, ORGANIZATION, LOCATION scored")),
        r.notes().toString());
  }
}
