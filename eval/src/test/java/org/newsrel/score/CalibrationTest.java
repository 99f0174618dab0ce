package org.newsrel.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsrel.score.Docs.doc;
import static org.newsrel.score.Docs.pair;
import static org.newsrel.score.Docs.t;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsrel.brat.BratDocument;

class CalibrationTest {

  private static Calibration.Judged j(double c, boolean right) {
    return new Calibration.Judged(c, right);
  }

  /**
   * Four attributions at 0.95 (three right), two at 0.55 (one right), two at 0.15 (none right),
   * ten gold. Bins 9, 5, 1 hold them; ECE = (4|0.95-0.75| + 2|0.55-0.5| + 2|0.15-0|) / 8.
   */
  @Test
  void reliabilityBinsErrorAndCurve() {
    List<Calibration.Judged> judged = List.of(j(0.95, true), j(0.95, true), j(0.95, true), j(0.95, false),
        j(0.55, true), j(0.55, false), j(0.15, false), j(0.15, false));
    Calibration c = Calibration.of(judged, 10);
    assertEquals(10, c.bins().size());
    assertEquals(4, c.bins().get(9).count());
    assertEquals(0.75, c.bins().get(9).precision().getAsDouble(), 1e-12);
    assertEquals(0.95, c.bins().get(9).meanConfidence(), 1e-12);
    assertEquals(2, c.bins().get(5).count());
    assertEquals(0.0, c.bins().get(1).precision().getAsDouble(), 1e-12);
    assertTrue(c.bins().get(3).precision().isEmpty(), "an empty bin has no precision");
    assertEquals((4 * 0.2 + 2 * 0.05 + 2 * 0.15) / 8, c.expectedCalibrationError(), 1e-12);
    // threshold 0.0 keeps all: tp 4, fp 4, fn 6; from 0.2: tp 4 fp 2; from 0.6: tp 3 fp 1 fn 7
    assertEquals(new Prf(4, 4, 6), c.curve().get(0).prf());
    assertEquals(new Prf(4, 2, 6), c.curve().get(2).prf());
    assertEquals(new Prf(3, 1, 7), c.curve().get(6).prf());
    assertEquals(new Prf(3, 1, 7), c.curve().get(9).prf());
  }

  @Test
  void aConfidenceOfOneFallsInTheLastBin() {
    Calibration c = Calibration.of(List.of(j(1.0, true), j(0.0, false)), 2);
    assertEquals(1, c.bins().get(9).count());
    assertEquals(1, c.bins().get(0).count());
    assertEquals(0.0, c.expectedCalibrationError(), 1e-12);
  }

  private static final String TEXT = "Smith said the plan works. Jones said it failed. Brown said nothing.";

  private static BratDocument gold() {
    return doc("d", TEXT,
        t(TEXT, "T1", "Source", "Smith"), t(TEXT, "T2", "Cue", "said"), t(TEXT, "T3", "Content", "the plan works"),
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
        t(TEXT, "T4", "Source", "Jones"), t(TEXT, "T5", "Cue", "said", 27), t(TEXT, "T6", "Content", "it failed"),
        "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6");
  }

  /**
   * The scorer reads each event's confidence note: E1 right (0.9), E2 with the wrong Source
   * (0.8), E3 spurious (0.2); a note that is not a number in [0, 1] is no confidence.
   */
  @Test
  void theScorerJudgesEachAttributionThatCarriesAConfidence() {
    List<String> lines = new ArrayList<>(List.of(
        t(TEXT, "T1", "Source", "Smith"), t(TEXT, "T2", "Cue", "said"), t(TEXT, "T3", "Content", "the plan works"),
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3", "#1\tAnnotatorNotes E1\tconfidence=0.9",
        t(TEXT, "T4", "Source", "Brown"), t(TEXT, "T5", "Cue", "said", 27), t(TEXT, "T6", "Content", "it failed"),
        "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6", "#2\tAnnotatorNotes E2\tconfidence=0.8",
        t(TEXT, "T7", "Cue", "said", 55), t(TEXT, "T8", "Content", "nothing"),
        "E3\tAttribution-no-source:T7 Cue:T7 Content:T8", "#3\tAnnotatorNotes E3\tconfidence=0.2",
        t(TEXT, "T9", "Cue", "plan"), t(TEXT, "T10", "Content", "works"),
        "E4\tAttribution-no-source:T9 Cue:T9 Content:T10", "#4\tAnnotatorNotes E4\tconfidence=1.7"));
    BratDocument p = doc("d", TEXT, lines.toArray(String[]::new));
    AttributionScores s = new AttributionScorer(0.5).score(List.of(pair(gold(), p)));
    assertEquals(List.of(j(0.9, true), j(0.8, false), j(0.2, false)), s.documents().get(0).judged());
    Calibration c = s.calibration().orElseThrow();
    assertEquals(2, c.gold());
    assertEquals(new Prf(1, 1, 1), c.curve().get(3).prf());
  }

  @Test
  void noCalibrationForAbsentOrConstantConfidences() {
    BratDocument p = doc("d", TEXT,
        t(TEXT, "T1", "Source", "Smith"), t(TEXT, "T2", "Cue", "said"), t(TEXT, "T3", "Content", "the plan works"),
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3", "#1\tAnnotatorNotes E1\tconfidence=0.5",
        t(TEXT, "T4", "Source", "Jones"), t(TEXT, "T5", "Cue", "said", 27), t(TEXT, "T6", "Content", "it failed"),
        "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6", "#2\tAnnotatorNotes E2\tconfidence=0.5");
    AttributionScorer scorer = new AttributionScorer(0.5);
    assertTrue(scorer.score(List.of(pair(gold(), p))).calibration().isEmpty());
    assertTrue(scorer.score(List.of(pair(gold(), gold()))).calibration().isEmpty());
  }

  @Test
  void rightEndToEndFollowsTheAlignment() {
    BratDocument p = doc("d", TEXT,
        t(TEXT, "T1", "Source", "Jones"), t(TEXT, "T2", "Cue", "said"), t(TEXT, "T3", "Content", "the plan works"),
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
        t(TEXT, "T4", "Source", "Jones", 20), t(TEXT, "T5", "Cue", "said", 27), t(TEXT, "T6", "Content", "it failed"),
        "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6");
    assertEquals(List.of(false, true), new AttributionScorer(0.5).rightEndToEnd(AttributionScorer.attributions(gold()),
        AttributionScorer.attributions(p)));
  }
}
