package org.newsrel.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsrel.brat.Fragment;

/**
 * The worked examples of nervaluate's README (github.com/MantisAI/nervaluate, README.md at
 * commit 0340f67d1dfef09f73cd857c1fea1c27bea0e253; strategies in src/nervaluate/strategies.py).
 */
class NervaluateTest {

  private static Span s(String doc, String label, int b, int e) {
    return new Span(doc, label, List.of(new Fragment(b, e)), "");
  }

  private static String row(NerScheme scheme, List<Span> gold, List<Span> pred) {
    return Nervaluate.classify(scheme, gold, pred).stream().map(o -> o.category().name()).toList().toString();
  }

  // Scenario table of "Defining evaluation metrics": one gold/pred pair per scenario.
  private static final String TEXT = "tikosyn healthy of warfarin propranolol phenytoin oral contraceptives";
  private static final Map<String, List<List<Span>>> SCENARIOS = Map.of(
      "III", List.of(List.of(s("d", "BRAND", 0, 7)), List.of()),
      "II", List.of(List.of(), List.of(s("d", "BRAND", 8, 15))),
      "V", List.of(List.of(s("d", "DRUG", 19, 27)), List.of(s("d", "DRUG", 16, 27))),
      "IV", List.of(List.of(s("d", "DRUG", 28, 39)), List.of(s("d", "BRAND", 28, 39))),
      "I", List.of(List.of(s("d", "DRUG", 40, 49)), List.of(s("d", "DRUG", 40, 49))),
      "VI", List.of(List.of(s("d", "GROUP", 55, 69)), List.of(s("d", "DRUG", 50, 69))));

  @Test
  void readmeScenarioTable() {
    // Columns Type, Partial, Exact, Strict of the README's table.
    Map<String, String> expected = Map.of(
        "III", "[MIS, MIS, MIS, MIS]",
        "II", "[SPU, SPU, SPU, SPU]",
        "V", "[COR, PAR, INC, INC]",
        "IV", "[INC, COR, COR, INC]",
        "I", "[COR, COR, COR, COR]",
        "VI", "[INC, PAR, INC, INC]");
    assertEquals("warfarin", TEXT.substring(19, 27));
    assertEquals("oral contraceptives", TEXT.substring(50, 69));
    expected.forEach((scenario, want) -> {
      List<Span> gold = SCENARIOS.get(scenario).get(0);
      List<Span> pred = SCENARIOS.get(scenario).get(1);
      List<String> got = new ArrayList<>();
      for (NerScheme scheme : List.of(NerScheme.TYPE, NerScheme.PARTIAL, NerScheme.EXACT, NerScheme.STRICT)) {
        got.add(row(scheme, gold, pred).replaceAll("[\\[\\]]", ""));
      }
      assertEquals(want, got.toString(), scenario);
    });
  }

  /**
   * "Putting all together": COR 3/3/3/2, INC 2/0/2/3, PAR 0/2/0/0, MIS 1, SPU 1; P = R = F1
   * 0.5 / 0.66 / 0.5 / 0.33. The summary counts one correct entity more than the six rows
   * of the scenario table, so scenario I (a perfect match) occurs twice here.
   */
  @Test
  void readmePuttingAllTogether() {
    List<Span> gold = new ArrayList<>();
    List<Span> pred = new ArrayList<>();
    SCENARIOS.values().forEach(gp -> {
      gold.addAll(gp.get(0));
      pred.addAll(gp.get(1));
    });
    gold.add(s("d", "DRUG", 80, 89));
    pred.add(s("d", "DRUG", 80, 89));
    assertEquals("type COR=3 INC=2 PAR=0 MIS=1 SPU=1", Nervaluate.count(NerScheme.TYPE, gold, pred).toString());
    assertEquals("partial COR=3 INC=0 PAR=2 MIS=1 SPU=1", Nervaluate.count(NerScheme.PARTIAL, gold, pred).toString());
    assertEquals("exact COR=3 INC=2 PAR=0 MIS=1 SPU=1", Nervaluate.count(NerScheme.EXACT, gold, pred).toString());
    assertEquals("strict COR=2 INC=3 PAR=0 MIS=1 SPU=1", Nervaluate.count(NerScheme.STRICT, gold, pred).toString());
    assertEquals(List.of("0.5000 0.5000 0.5000", "0.6667 0.6667 0.6667", "0.5000 0.5000 0.5000",
        "0.3333 0.3333 0.3333"), List.of(NerScheme.TYPE, NerScheme.PARTIAL, NerScheme.EXACT, NerScheme.STRICT).stream()
        .map(sc -> Nervaluate.count(sc, gold, pred))
        .map(c -> Ratio.format(c.precision()) + " " + Ratio.format(c.recall()) + " " + Ratio.format(c.f1()))
        .toList());
  }

  /**
   * The usage example: true = [O B-PER I-PER O O O B-ORG I-ORG], [O B-LOC B-PER I-PER O O B-DATE];
   * pred = [O O B-PER I-PER O O B-ORG I-ORG], [O B-LOC I-LOC B-PER O O B-DATE], over "The John
   * Smith who works at Google Inc" and "In Paris Marie Curie lived in 1895". Expected:
   * ent_type 5/0/0/0/0, exact 2/3/0/0/0, partial 2/0/3/0/0, strict 2/3/0/0/0; strict per type
   * DATE COR 1, LOC INC 1, ORG COR 1, PER INC 2. (The README prints 0.40 for partial because its
   * Evaluator recomputes merged results with the exact formula; by the documented formula
   * partial P = (2 + 0.5·3)/5 = 0.70.)
   */
  @Test
  void readmeUsageExample() {
    List<Span> gold = List.of(s("a", "PER", 4, 14), s("a", "ORG", 28, 38),
        s("b", "LOC", 3, 8), s("b", "PER", 9, 20), s("b", "DATE", 30, 34));
    List<Span> pred = List.of(s("a", "PER", 9, 18), s("a", "ORG", 28, 38),
        s("b", "LOC", 3, 14), s("b", "PER", 15, 20), s("b", "DATE", 30, 34));
    List<String> got = new ArrayList<>();
    for (NerScheme scheme : NerScheme.values()) {
      NerCounts c = byDocument(scheme, gold, pred);
      got.add(c + " P=" + Ratio.format(c.precision()) + " R=" + Ratio.format(c.recall()));
    }
    assertEquals(List.of(
        "strict COR=2 INC=3 PAR=0 MIS=0 SPU=0 P=0.4000 R=0.4000",
        "exact COR=2 INC=3 PAR=0 MIS=0 SPU=0 P=0.4000 R=0.4000",
        "partial COR=2 INC=0 PAR=3 MIS=0 SPU=0 P=0.7000 R=0.7000",
        "type COR=5 INC=0 PAR=0 MIS=0 SPU=0 P=1.0000 R=1.0000"), got);
    Map<String, NerCounts> perType = new java.util.TreeMap<>();
    for (String doc : List.of("a", "b")) {
      Nervaluate.countByType(NerScheme.STRICT, gold.stream().filter(x -> x.document().equals(doc)).toList(),
          pred.stream().filter(x -> x.document().equals(doc)).toList()).forEach((t, c) -> perType.merge(t, c, NerCounts::plus));
    }
    assertEquals("{DATE=strict COR=1 INC=0 PAR=0 MIS=0 SPU=0, LOC=strict COR=0 INC=1 PAR=0 MIS=0 SPU=0, "
        + "ORG=strict COR=1 INC=0 PAR=0 MIS=0 SPU=0, PER=strict COR=0 INC=2 PAR=0 MIS=0 SPU=0}", perType.toString());
  }

  private static NerCounts byDocument(NerScheme scheme, List<Span> gold, List<Span> pred) {
    NerCounts total = NerCounts.zero(scheme);
    for (String doc : List.of("a", "b")) {
      total = total.plus(Nervaluate.count(scheme, gold.stream().filter(x -> x.document().equals(doc)).toList(),
          pred.stream().filter(x -> x.document().equals(doc)).toList()));
    }
    return total;
  }

  @Test
  void emptyEverythingIsNotAvailable() {
    NerCounts c = Nervaluate.count(NerScheme.PARTIAL, List.of(), List.of());
    assertEquals("n/a n/a n/a", Ratio.format(c.precision()) + " " + Ratio.format(c.recall()) + " " + Ratio.format(c.f1()));
  }
}
