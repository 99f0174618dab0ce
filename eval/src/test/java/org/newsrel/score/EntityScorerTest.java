package org.newsrel.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsrel.score.Docs.doc;
import static org.newsrel.score.Docs.pair;
import static org.newsrel.score.Docs.t;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsrel.brat.BratDocument;

class EntityScorerTest {

  private static final String TEXT = "President Volodymyr Zelensky said two North Korean soldiers were captured in Kursk.";
  private final EntityScorer scorer = new EntityScorer(0.5);

  private static BratDocument gold() {
    return doc("d1", TEXT,
        t(TEXT, "T1", "TITLE", "President"),
        t(TEXT, "T2", "PERSON", "Volodymyr Zelensky"),
        t(TEXT, "T3", "GROUP", "two North Korean soldiers"),
        t(TEXT, "T4", "NATIONALITY", "North Korean"),
        t(TEXT, "T5", "LOCATION", "Kursk"));
  }

  @Test
  void bothEmptyIsNotAvailableEverywhere() {
    EntityScores s = scorer.score(List.of(pair(doc("d", "x"), doc("d", "x"))));
    assertEquals("tp=0 fp=0 fn=0 P=n/a R=n/a F1=n/a", s.exactMicro().toString());
    assertEquals("n/a", Ratio.format(s.exactMacroOverTypes()));
    assertEquals("n/a", Ratio.format(s.exactMacroOverDocuments()));
    assertEquals("n/a", Ratio.format(s.nervaluate(NerScheme.STRICT).f1()));
  }

  @Test
  void emptyGoldGivesZeroPrecisionAndNoRecall() {
    EntityScores s = scorer.score(List.of(pair(doc("d1", TEXT), gold())));
    assertEquals("tp=0 fp=5 fn=0 P=0.0000 R=n/a F1=0.0000", s.exactMicro().toString());
  }

  @Test
  void emptyPredictionGivesZeroRecallAndNoPrecision() {
    EntityScores s = scorer.score(List.of(pair(gold(), doc("d1", TEXT))));
    assertEquals("tp=0 fp=0 fn=5 P=n/a R=0.0000 F1=0.0000", s.exactMicro().toString());
    assertEquals("tp=0 fp=0 fn=3 P=n/a R=0.0000 F1=0.0000", s.exactNamed().toString());
  }

  @Test
  void perTypeNamedAndNestedSpans() {
    BratDocument pred = doc("d1", TEXT,
        t(TEXT, "T1", "PERSON", "Zelensky"),                  // overlap 8/18 < .5: miss
        t(TEXT, "T2", "GROUP", "North Korean soldiers"),      // overlap 21/25
        t(TEXT, "T3", "NATIONALITY", "North Korean"),         // exact, nested in the GROUP
        t(TEXT, "T4", "ORGANIZATION", "Kursk"),               // wrong type
        t(TEXT, "T5", "TITLE", "President"),
        t(TEXT, "T6", "TITLE", "President"));                // duplicate: a false positive
    EntityScores s = scorer.score(List.of(pair(gold(), pred)));
    assertEquals("tp=2 fp=4 fn=3 P=0.3333 R=0.4000 F1=0.3636", s.exactMicro().toString());
    assertEquals("tp=3 fp=3 fn=2 P=0.5000 R=0.6000 F1=0.5455", s.overlapMicro().toString());
    assertEquals("tp=1 fp=2 fn=2 P=0.3333 R=0.3333 F1=0.3333", s.exactNamed().toString());
    assertEquals("tp=1 fp=1 fn=0 P=0.5000 R=1.0000 F1=0.6667", s.exact("TITLE").toString());
    assertEquals("tp=1 fp=0 fn=0 P=1.0000 R=1.0000 F1=1.0000", s.overlap("GROUP").toString());
    // types with a defined F1: TITLE .6667, PERSON 0, GROUP 0, NATIONALITY 1, LOCATION 0, ORGANIZATION 0
    assertEquals("0.2778", Ratio.format(s.exactMacroOverTypes()));
    assertEquals(List.of(
        "FP entity [0,9) TITLE President",
        "FN entity [10,28) PERSON Volodymyr Zelensky",
        "FP entity [20,28) PERSON Zelensky",
        "FN entity [34,59) GROUP two North Korean soldiers",
        "FP entity [38,59) GROUP North Korean soldiers",
        "FN entity [77,82) LOCATION Kursk",
        "FP entity [77,82) ORGANIZATION Kursk"),
        s.errors().stream().map(SpanError::toString).toList());
  }

  @Test
  void typesTheGoldDoesNotLabelAreLeftOutOfEveryFigure() {
    // a gold set that labels only PERSON, ORGANIZATION, LOCATION (its labels.conf)
    String text = "Ann Lee of Acme Corp flew to Oslo on Monday with two engineers.";
    BratDocument gold = doc("d", text,
        t(text, "T1", "PERSON", "Ann Lee"),
        t(text, "T2", "ORGANIZATION", "Acme Corp"),
        t(text, "T3", "LOCATION", "Oslo"));
    BratDocument pred = doc("d", text,
        t(text, "T1", "PERSON", "Ann Lee"),
        t(text, "T2", "LOCATION", "Acme Corp"),               // wrong type: still an error
        t(text, "T3", "LOCATION", "Oslo"),
        t(text, "T4", "DATE", "Monday"),                      // not labelled by the gold set
        t(text, "T5", "GROUP", "two engineers"),
        t(text, "T6", "NUMBER", "two"));
    EntityScorer named = new EntityScorer(0.5, List.of("LOCATION", "PERSON", "ORGANIZATION"));
    EntityScores s = named.score(List.of(pair(gold, pred)));
    assertEquals(List.of("PERSON", "ORGANIZATION", "LOCATION"), s.types());
    assertEquals("tp=2 fp=1 fn=1 P=0.6667 R=0.6667 F1=0.6667", s.exactMicro().toString());
    assertEquals("tp=2 fp=1 fn=1 P=0.6667 R=0.6667 F1=0.6667", s.exactNamed().toString());
    assertEquals("tp=0 fp=0 fn=0 P=n/a R=n/a F1=n/a", s.exact("DATE").toString());
    assertEquals("0.5556", Ratio.format(s.exactMacroOverTypes()));   // (PER 1 + ORG 0 + LOC .6667) / 3
    assertEquals(2, s.nervaluate(NerScheme.STRICT).cor());
    assertEquals(0, s.nervaluate(NerScheme.STRICT).spu());             // DATE, GROUP, NUMBER not spurious
    assertEquals(List.of(
        "FP entity [11,20) LOCATION Acme Corp",
        "FN entity [11,20) ORGANIZATION Acme Corp"),
        s.errors().stream().map(SpanError::toString).toList());
    // the same documents scored on all eight types count the three extra predictions
    assertEquals("tp=2 fp=4 fn=1 P=0.3333 R=0.6667 F1=0.4444",
        scorer.score(List.of(pair(gold, pred))).exactMicro().toString());
  }

  @Test
  void aTypeThatIsNoEntityTypeIsRefused() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new EntityScorer(0.5, List.of("PERSON", "PERSN")));
    assertEquals(true, e.getMessage().startsWith("not an entity type: PERSN"));
  }
}
