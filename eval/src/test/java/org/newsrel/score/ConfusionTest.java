package org.newsrel.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.newsrel.score.Docs.doc;
import static org.newsrel.score.Docs.pair;
import static org.newsrel.score.Docs.t;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.newsrel.brat.BratDocument;

class ConfusionTest {

  private static final String A = "Lee of the NIS said Kim met Putin in Moscow.";

  @Test
  void entityTypesAreComparedOnIdenticalSpansOnly() {
    BratDocument gold = doc("a", A, t(A, "T1", "PERSON", "Lee"), t(A, "T2", "ORGANIZATION", "NIS"),
        t(A, "T3", "PERSON", "Kim"), t(A, "T4", "LOCATION", "Moscow"), t(A, "T5", "PERSON", "Putin"));
    BratDocument predicted = doc("a", A, t(A, "T1", "PERSON", "Lee"), t(A, "T2", "LOCATION", "NIS"),
        t(A, "T3", "PERSON", "Kim met"), t(A, "T4", "LOCATION", "Moscow"), t(A, "T5", "ORGANIZATION", "Putin"),
        t(A, "T6", "PERSON", "Putin"));
    Confusion c = Confusion.entityTypes(List.of(pair(gold, predicted)));
    // "Kim met" does not have Kim's fragments; Putin pairs with the PERSON, not the ORGANIZATION.
    assertEquals(Map.of("PERSON", Map.of("PERSON", 2), "ORGANIZATION", Map.of("LOCATION", 1),
        "LOCATION", Map.of("LOCATION", 1)), c.counts());
    assertEquals(4, c.total());
    assertEquals(0.75, c.agreement().getAsDouble(), 1e-9);
    assertEquals(List.of("LOCATION", "ORGANIZATION", "PERSON"), c.labels());
  }

  @Test
  void kindsOfAlignedAttributionsWithAbsentKindAsNone() {
    String text = "“We hold,” Zelensky said. Lee said that troops died.";
    BratDocument gold = doc("a", text, t(text, "T1", "Content", "“We hold,”"), t(text, "T2", "Cue", "said"),
        t(text, "T3", "Content", "that troops died"), t(text, "T4", "Cue", "said", 30),
        "E1\tAttribution:T2 Content:T1 Cue:T2", "A1\tKind E1 Direct",
        "E2\tAttribution:T4 Content:T3 Cue:T4", "A2\tKind E2 Indirect");
    BratDocument predicted = doc("a", text, t(text, "T1", "Content", "We hold"), t(text, "T2", "Cue", "said"),
        t(text, "T3", "Content", "that troops died"), t(text, "T4", "Cue", "said", 30),
        "E1\tAttribution:T2 Content:T1 Cue:T2", "A1\tKind E1 Indirect", "E2\tAttribution:T4 Content:T3 Cue:T4");
    Confusion c = Confusion.kinds(List.of(pair(gold, predicted)), 0.5);
    assertEquals(1, c.count("Direct", "Indirect"));
    assertEquals(1, c.count("Indirect", Confusion.NONE));
    assertEquals(List.of("Direct", "Indirect", Confusion.NONE), c.labels());
    assertEquals(0.0, c.agreement().getAsDouble());
  }

  @Test
  void modalitiesOfEventsPairedByTrigger() {
    String text = "Troops captured two men and feared being captured.";
    BratDocument gold = doc("a", text, t(text, "T1", "Capture", "captured"), t(text, "T2", "Capture", "captured", 20),
        "E1\tCapture:T1", "A1\tModality E1 Asserted", "E2\tCapture:T2", "A2\tModality E2 Hypothetical");
    BratDocument predicted = doc("a", text, t(text, "T1", "Capture", "captured"),
        t(text, "T2", "Capture", "captured", 20), "E1\tCapture:T1", "A1\tModality E1 Asserted", "E2\tCapture:T2",
        "A2\tModality E2 Asserted");
    Confusion c = Confusion.modalities(List.of(pair(gold, predicted)), 0.5);
    assertEquals(Map.of("Asserted", Map.of("Asserted", 1), "Hypothetical", Map.of("Asserted", 1)), c.counts());
    assertEquals(0.5, c.agreement().getAsDouble(), 1e-9);
  }

  @Test
  void nothingMatchedHasNoAgreement() {
    Confusion c = Confusion.entityTypes(List.of(pair(BratDocument.empty("a", A), BratDocument.empty("a", A))));
    assertEquals(0, c.total());
    assertEquals(OptionalDouble.empty(), c.agreement());
    assertEquals(List.of(), c.labels());
  }

  @Test
  void negativeCountsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Confusion(Map.of("A", Map.of("B", -1))));
  }
}
