package org.newsrel.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsrel.score.Docs.doc;
import static org.newsrel.score.Docs.pair;
import static org.newsrel.score.Docs.t;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsrel.brat.BratDocument;

class WindowEventScorerTest {

  /** Three sentences; only the arrest in the second is annotated, as RAMS annotates one event. */
  private static final String TEXT = "Rebels killed two guards in Dalen. "
      + "Police arrested the mayor and shot a driver near the port. "
      + "The mayor was later jailed.";

  /** Sentences end at ". " (the test texts have no abbreviations). */
  private static final WindowEventScorer.SentenceSplitter SPLIT = text -> {
    List<int[]> out = new ArrayList<>();
    int from = 0;
    for (int i = text.indexOf(". "); i >= 0; i = text.indexOf(". ", i + 1)) {
      out.add(new int[] {from, i + 1});
      from = i + 2;
    }
    out.add(new int[] {from, text.length()});
    return out;
  };

  private final WindowEventScorer scorer = new WindowEventScorer(0.5, SPLIT);

  private static BratDocument gold() {
    return doc("w", TEXT,
        t(TEXT, "T1", "Capture", "arrested"), t(TEXT, "T2", "Captor", "Police"),
        t(TEXT, "T3", "Captive", "the mayor"), t(TEXT, "T4", "Place", "Dalen"),
        "E1\tCapture:T1 Captor:T2 Captive:T3 Place:T4");
  }

  @Test
  void unannotatedEventsOutsideTheTriggerSentenceAreNotCounted() {
    BratDocument pred = doc("w", TEXT,
        t(TEXT, "T1", "Capture", "arrested"), t(TEXT, "T2", "Captive", "the mayor"),
        t(TEXT, "T3", "Captor", "Police"), "E1\tCapture:T1 Captive:T2 Captor:T3",
        // a true but unannotated capture in another sentence: not a false positive
        t(TEXT, "T4", "Capture", "jailed"), "E2\tCapture:T4",
        // a kill in the first sentence: no Kill is annotated, so not counted either
        t(TEXT, "T5", "Kill", "killed"), "E3\tKill:T5");
    WindowEventScorer.Scores s = scorer.score(List.of(pair(gold(), pred)));
    assertEquals("[Capture]", s.types().toString());
    assertEquals("tp=1 fp=0 fn=0 P=1.0000 R=1.0000 F1=1.0000", s.triggers("Capture").toString());
    assertEquals("tp=1 fp=0 fn=0 P=1.0000 R=1.0000 F1=1.0000", s.role("Capture Captor").toString());
    assertEquals("tp=1 fp=0 fn=0 P=1.0000 R=1.0000 F1=1.0000", s.role("Capture Captive").toString());
    // the Place is in the first sentence and was not found: recall 2/3 over all roles
    assertEquals("tp=0 fp=0 fn=1 P=n/a R=0.0000 F1=0.0000", s.role("Capture Place").toString());
    assertEquals("tp=2 fp=0 fn=1 P=1.0000 R=0.6667 F1=0.8000", s.allRoles("Capture").toString());
    assertEquals(List.of("FN Capture Place (window) [28,33) Place Dalen"),
        s.errors().stream().map(SpanError::toString).toList());
  }

  @Test
  void anUnmatchedPredictionInTheTriggerSentenceIsWrong() {
    // "shot" predicted as a Capture in the annotated sentence; the real trigger missed
    BratDocument pred = doc("w", TEXT, t(TEXT, "T1", "Capture", "shot"), "E1\tCapture:T1");
    WindowEventScorer.Scores s = scorer.score(List.of(pair(gold(), pred)));
    assertEquals("tp=0 fp=1 fn=1 P=0.0000 R=0.0000 F1=0.0000", s.triggers("Capture").toString());
    // no matched event: no argument is counted at all
    assertEquals("[]", s.roles().toString());
    assertEquals("tp=0 fp=0 fn=0 P=n/a R=n/a F1=n/a", s.allRoles("Capture").toString());
  }

  @Test
  void argumentsAreHeadMatchedAndDuplicatesDoNotCount() {
    BratDocument pred = doc("w", TEXT,
        t(TEXT, "T1", "Capture", "arrested"), t(TEXT, "T2", "Captive", "mayor"),
        t(TEXT, "T3", "Captor", "the mayor"), "E1\tCapture:T1 Captive:T2 Captor:T3",
        // the same trigger twice: one is paired, the other is a wrong prediction in the sentence
        t(TEXT, "T4", "Capture", "arrested"), "E2\tCapture:T4");
    WindowEventScorer.Scores s = scorer.score(List.of(pair(gold(), pred)));
    assertEquals("tp=1 fp=1 fn=0 P=0.5000 R=1.0000 F1=0.6667", s.triggers("Capture").toString());
    assertEquals("tp=1 fp=0 fn=0 P=1.0000 R=1.0000 F1=1.0000", s.role("Capture Captive").toString());
    // a Captor filled with the wrong phrase: a missed gold filler (and a spurious predicted one)
    assertEquals("tp=0 fp=1 fn=1 P=0.0000 R=0.0000 F1=0.0000", s.role("Capture Captor").toString());
  }

  @Test
  void noPredictionsGiveZeroRecallAndNoPrecision() {
    WindowEventScorer.Scores s = scorer.score(List.of(pair(gold(), doc("w", TEXT))));
    assertEquals("tp=0 fp=0 fn=1 P=n/a R=0.0000 F1=0.0000", s.triggers("Capture").toString());
  }
}
