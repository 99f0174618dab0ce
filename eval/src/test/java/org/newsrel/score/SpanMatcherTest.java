package org.newsrel.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsrel.brat.Fragment;

class SpanMatcherTest {

  private static Span s(String label, int b, int e) {
    return new Span("d", label, List.of(new Fragment(b, e)), "x".repeat(e - b));
  }

  private static Span s(String label, int b1, int e1, int b2, int e2) {
    return new Span("d", label, List.of(new Fragment(b1, e1), new Fragment(b2, e2)), "x");
  }

  @Test
  void duplicatePredictionIsFalsePositiveNeverRecallAboveOne() {
    Alignment<Span> exact = SpanMatcher.exactSameLabel(List.of(s("PERSON", 0, 4)),
        List.of(s("PERSON", 0, 4), s("PERSON", 0, 4)));
    assertEquals(new Prf(1, 1, 0), exact.prf());
    Alignment<Span> overlap = SpanMatcher.overlapSameLabel(List.of(s("PERSON", 0, 10)),
        List.of(s("PERSON", 0, 9), s("PERSON", 1, 10)), 0.5);
    assertEquals(new Prf(1, 1, 0), overlap.prf());
  }

  @Test
  void greedyBestFirstTakesHighestJaccard() {
    // gold A [0,10) and B [8,20); pred [0,9) overlaps A by .9 and B by 1/20; pred [9,20) fits B.
    Alignment<Span> a = SpanMatcher.overlapSameLabel(List.of(s("X", 0, 10), s("X", 8, 20)),
        List.of(s("X", 9, 20), s("X", 0, 9)), 0.5);
    assertEquals("[[0,10) X xxxxxxxxxx->[0,9) X xxxxxxxxx, [8,20) X xxxxxxxxxxxx->[9,20) X xxxxxxxxxxx]",
        a.matches().stream().map(m -> m.gold() + "->" + m.predicted()).toList().toString());
  }

  @Test
  void nestedSpansMatchTheirOwnLabelOnly() {
    List<Span> gold = List.of(s("GROUP", 0, 25), s("NATIONALITY", 4, 16));
    List<Span> pred = List.of(s("NATIONALITY", 4, 16), s("GROUP", 4, 25));
    assertEquals(new Prf(1, 1, 1), SpanMatcher.exactSameLabel(gold, pred).prf());
    // GROUP [4,25) vs [0,25): Jaccard 21/25 = .84
    assertEquals(new Prf(2, 0, 0), SpanMatcher.overlapSameLabel(gold, pred, 0.5).prf());
  }

  @Test
  void overlapThresholdIsInclusive() {
    List<Span> gold = List.of(s("X", 0, 10));
    List<Span> half = List.of(s("X", 0, 5));
    assertEquals(0.5, gold.get(0).jaccard(half.get(0)));
    assertEquals(new Prf(1, 0, 0), SpanMatcher.overlapSameLabel(gold, half, 0.5).prf());
    assertEquals(new Prf(0, 1, 1), SpanMatcher.overlapSameLabel(gold, half, 0.51).prf());
  }

  @Test
  void adjacentSpansDoNotOverlap() {
    assertEquals(new Prf(0, 1, 1), SpanMatcher.overlapSameLabel(List.of(s("X", 0, 5)), List.of(s("X", 5, 10)), 0.01).prf());
  }

  @Test
  void discontinuousSpansCompareTheirCharacters() {
    Span gold = new Span("d", "Content", List.of(new Fragment(30, 40), new Fragment(0, 10)), "x");
    assertEquals("[[0,10);[30,40) Content x]", List.of(gold).toString());
    assertEquals(1.0, gold.jaccard(s("Content", 0, 10, 30, 40)));
    assertEquals(new Prf(1, 0, 0), SpanMatcher.exactSameLabel(List.of(gold), List.of(s("Content", 0, 10, 30, 40))).prf());
    // The continuous [0,40) covers 20 of its 40 characters: Jaccard .5
    assertEquals(0.5, gold.jaccard(s("Content", 0, 40)));
    assertEquals(new Prf(0, 1, 1), SpanMatcher.exactSameLabel(List.of(gold), List.of(s("Content", 0, 40))).prf());
  }

  @Test
  void emptyInputs() {
    assertEquals(Prf.ZERO, SpanMatcher.exactSameLabel(List.of(), List.of()).prf());
    assertEquals(new Prf(0, 0, 1), SpanMatcher.overlapSameLabel(List.of(s("X", 0, 1)), List.of(), 0.5).prf());
  }
}
