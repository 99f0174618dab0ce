package org.newsrel.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsrel.score.Docs.doc;
import static org.newsrel.score.Docs.pair;
import static org.newsrel.score.Docs.t;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityScorerTest {

  private static final String ONE = "alpha beta gamma";
  private static final String TWO = "delta epsilon phi";

  private static String n(String id, String target, String entity) {
    return id + "\tReference " + target + " newsrel:" + entity + "\t" + entity;
  }

  /**
   * Gold clusters X = {a, b, d}, Y = {c}, Z = {e} (d in the second document); predicted
   * P = {a, c, d, f}, Q = {b}. e and f are twinless.
   * B3 precision over a, c, d, f, b: 2/4 + 1/4 + 2/4 + 1/4 (f: singleton in gold) + 1/1 = 2.5 → 0.5;
   * recall over a, b, d, c, e: 2/3 + 1/3 + 2/3 + 1/1 + 1/1 (e: singleton in prediction) = 11/3 → 11/15;
   * F1 = 2·0.5·0.7333/1.2333 = 0.5946.
   * Pairwise: gold links 3 (X), predicted links 6 (P), common 1 (a–d): P 1/6, R 1/3, F1 2/9.
   */
  @Test
  void bcubedAndPairwiseByHand() {
    var gold1 = doc("one", ONE, t(ONE, "T1", "PERSON", "alpha"), t(ONE, "T2", "PERSON", "beta"),
        t(ONE, "T3", "PERSON", "gamma"), n("N1", "T1", "x"), n("N2", "T2", "x"), n("N3", "T3", "y"));
    var gold2 = doc("two", TWO, t(TWO, "T1", "PERSON", "delta"), t(TWO, "T2", "PERSON", "epsilon"),
        n("N1", "T1", "x"), n("N2", "T2", "z"));
    var pred1 = doc("one", ONE, t(ONE, "T1", "ORGANIZATION", "alpha"), t(ONE, "T2", "PERSON", "beta"),
        t(ONE, "T3", "PERSON", "gamma"), n("N1", "T1", "p"), n("N2", "T2", "q"), n("N3", "T3", "p"));
    var pred2 = doc("two", TWO, t(TWO, "T1", "PERSON", "delta"), t(TWO, "T2", "PERSON", "phi"),
        n("N1", "T1", "p"), n("N2", "T2", "p"));
    IdentityScores.Values v = IdentityScorer.score(List.of(pair(gold1, pred1), pair(gold2, pred2))).corpus();
    assertEquals("P=0.5000 R=0.7333 F1=0.5946", v.bcubed().toString());
    assertEquals("tp=1 fp=5 fn=2 P=0.1667 R=0.3333 F1=0.2222", v.pairwise().toString());
    assertEquals(List.of(5, 5, 4), List.of(v.goldMentions(), v.predictedMentions(), v.alignedMentions()));
  }

  @Test
  void perfectPredictionScoresOne() {
    var gold = doc("one", ONE, t(ONE, "T1", "PERSON", "alpha"), t(ONE, "T2", "PERSON", "gamma"),
        n("N1", "T1", "x"), n("N2", "T2", "x"));
    IdentityScores.Values v = IdentityScorer.score(List.of(pair(gold, gold))).corpus();
    assertEquals("P=1.0000 R=1.0000 F1=1.0000", v.bcubed().toString());
    assertEquals("tp=1 fp=0 fn=0 P=1.0000 R=1.0000 F1=1.0000", v.pairwise().toString());
  }

  @Test
  void noIdsAnywhereIsNotAvailable() {
    IdentityScores.Values v = IdentityScorer.score(List.of(pair(doc("one", ONE), doc("one", ONE)))).corpus();
    assertEquals("P=n/a R=n/a F1=n/a", v.bcubed().toString());
    assertEquals("tp=0 fp=0 fn=0 P=n/a R=n/a F1=n/a", v.pairwise().toString());
  }

  /**
   * The data of {@link #bcubedAndPairwiseByHand}: aligned mentions a (p, x), b (q, x), c (p, y),
   * d (p, x). Weights (p, x) = 2, (p, y) = 1, (q, x) = 1: p takes x; p is then used, and x is
   * used, so q maps to nothing although all its mentions are in x.
   */
  @Test
  void idAlignmentIsGreedyOneToOneByWeight() {
    var gold1 = doc("one", ONE, t(ONE, "T1", "PERSON", "alpha"), t(ONE, "T2", "PERSON", "beta"),
        t(ONE, "T3", "PERSON", "gamma"), n("N1", "T1", "x"), n("N2", "T2", "x"), n("N3", "T3", "y"));
    var gold2 = doc("two", TWO, t(TWO, "T1", "PERSON", "delta"), n("N1", "T1", "x"));
    var pred1 = doc("one", ONE, t(ONE, "T1", "PERSON", "alpha"), t(ONE, "T2", "PERSON", "beta"),
        t(ONE, "T3", "PERSON", "gamma"), n("N1", "T1", "p"), n("N2", "T2", "q"), n("N3", "T3", "p"));
    var pred2 = doc("two", TWO, t(TWO, "T1", "PERSON", "delta"), n("N1", "T1", "p"));
    var mentions = List.of(IdentityScorer.mentions(pair(gold1, pred1)), IdentityScorer.mentions(pair(gold2, pred2)));
    assertEquals(java.util.Map.of("p", "x"), IdentityScorer.idAlignment(mentions));
  }

  /** p shares one mention with x and one with y: the tie goes to the smaller gold id, whatever the file order. */
  @Test
  void idAlignmentTiesAreBrokenByIdStrings() {
    var goldXy = doc("one", ONE, t(ONE, "T1", "PERSON", "alpha"), t(ONE, "T2", "PERSON", "beta"),
        n("N1", "T1", "x"), n("N2", "T2", "y"));
    var goldYx = doc("one", ONE, t(ONE, "T1", "PERSON", "alpha"), t(ONE, "T2", "PERSON", "beta"),
        n("N1", "T1", "y"), n("N2", "T2", "x"));
    var pred = doc("one", ONE, t(ONE, "T1", "PERSON", "alpha"), t(ONE, "T2", "PERSON", "beta"),
        n("N1", "T1", "p"), n("N2", "T2", "p"));
    var predReversed = doc("one", ONE, t(ONE, "T2", "PERSON", "beta"), t(ONE, "T1", "PERSON", "alpha"),
        n("N2", "T2", "p"), n("N1", "T1", "p"));
    for (var g : List.of(goldXy, goldYx)) {
      for (var p : List.of(pred, predReversed)) {
        assertEquals(java.util.Map.of("p", "x"), IdentityScorer.idAlignment(List.of(IdentityScorer.mentions(pair(g, p)))));
      }
    }
  }

  @Test
  void idAlignmentWithoutIdsIsEmpty() {
    var d = doc("one", ONE, t(ONE, "T1", "PERSON", "alpha"));
    assertEquals(java.util.Map.of(), IdentityScorer.idAlignment(List.of(IdentityScorer.mentions(pair(d, d)))));
  }
}
