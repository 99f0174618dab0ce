package org.newsrel.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsrel.score.Docs.doc;
import static org.newsrel.score.Docs.pair;
import static org.newsrel.score.Docs.t;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsrel.brat.BratDocument;

class RelationScorerTest {

  private static final String TEXT =
      "Ukrainian forces captured two North Korean soldiers in the Kursk region on Saturday, and killed three.";
  private final RelationScorer scorer = new RelationScorer(0.5);

  private static BratDocument gold() {
    return doc("d", TEXT,
        t(TEXT, "T1", "Capture", "captured"), t(TEXT, "T2", "Captor", "Ukrainian forces"),
        t(TEXT, "T3", "Captive", "two North Korean soldiers"), t(TEXT, "T4", "Place", "the Kursk region"),
        "E1\tCapture:T1 Captor:T2 Captive:T3 Place:T4", "A1\tModality E1 Asserted");
  }

  @Test
  void rolesAreHeadMatchedWithinTriggerMatchedEvents() {
    BratDocument pred = doc("d", TEXT,
        t(TEXT, "T1", "Capture", "captured"), t(TEXT, "T2", "Captor", "forces"),
        t(TEXT, "T3", "Captive", "North Korean soldiers in the Kursk region"), t(TEXT, "T4", "Time", "Saturday"),
        "E1\tCapture:T1 Captor:T2 Captive:T3 Time:T4", "A1\tModality E1 Asserted",
        t(TEXT, "T5", "Kill", "killed"), t(TEXT, "T6", "Victim", "three"), "E2\tKill:T5 Victim:T6");
    RelationScores s = scorer.score(List.of(pair(gold(), pred)));
    assertEquals("[Capture, Kill]", s.types().toString());
    assertEquals("tp=1 fp=0 fn=0 P=1.0000 R=1.0000 F1=1.0000", s.triggerOverlap("Capture").toString());
    assertEquals("tp=0 fp=1 fn=0 P=0.0000 R=n/a F1=0.0000", s.triggerExact("Kill").toString());
    assertEquals("tp=1 fp=0 fn=0 P=1.0000 R=1.0000 F1=1.0000", s.roleHead("Capture Captor").toString());
    assertEquals("tp=1 fp=0 fn=0 P=1.0000 R=1.0000 F1=1.0000", s.roleHead("Capture Captive").toString());
    assertEquals("tp=0 fp=0 fn=1 P=n/a R=0.0000 F1=0.0000", s.roleHead("Capture Place").toString());
    assertEquals("tp=0 fp=1 fn=0 P=0.0000 R=n/a F1=0.0000", s.roleHead("Capture Time").toString());
    assertEquals("tp=0 fp=1 fn=1 P=0.0000 R=0.0000 F1=0.0000", s.roleExact("Capture Captor").toString());
    assertEquals("tp=0 fp=1 fn=0 P=0.0000 R=n/a F1=0.0000", s.roleHead("Kill Victim").toString());
    // role sets differ (Place vs Time): not a strict match
    assertEquals("tp=0 fp=1 fn=1 P=0.0000 R=0.0000 F1=0.0000", s.strict("Capture").toString());
    assertEquals("1/1 = 1.0000", s.modality("Capture").toString());
    assertEquals(List.of(
        "FN Capture Place [55,71) Place the Kursk region",
        "FP Capture Time [75,83) Time Saturday",
        "FP Kill trigger [89,95) Kill killed",
        "FP Kill Victim [96,101) Victim three"), s.errors().stream().map(SpanError::toString).toList());
  }

  @Test
  void strictEventNeedsTheSameModality() {
    String[] args = {t(TEXT, "T1", "Capture", "captured"), t(TEXT, "T2", "Captor", "forces"),
        t(TEXT, "T3", "Captive", "soldiers"), t(TEXT, "T4", "Place", "Kursk region"),
        "E1\tCapture:T1 Captor:T2 Captive:T3 Place:T4"};
    BratDocument hypothetical = doc("d", TEXT, concat(args, "A1\tModality E1 Hypothetical"));
    BratDocument asserted = doc("d", TEXT, concat(args, "A1\tModality E1 Asserted"));
    RelationScores wrong = scorer.score(List.of(pair(gold(), hypothetical)));
    assertEquals("tp=0 fp=1 fn=1 P=0.0000 R=0.0000 F1=0.0000", wrong.strict("Capture").toString());
    assertEquals("0/1 = 0.0000", wrong.modality("Capture").toString());
    RelationScores right = scorer.score(List.of(pair(gold(), asserted)));
    assertEquals("tp=1 fp=0 fn=0 P=1.0000 R=1.0000 F1=1.0000", right.strict("Capture").toString());
  }

  @Test
  void noEventsAnywhereHasNoTypes() {
    RelationScores s = scorer.score(List.of(pair(doc("d", TEXT), doc("d", TEXT))));
    assertEquals("[]", s.types().toString());
    assertEquals("tp=0 fp=0 fn=0 P=n/a R=n/a F1=n/a", s.strictAll().toString());
  }

  private static String[] concat(String[] a, String b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + 1);
    out[a.length] = b;
    return out;
  }
}
