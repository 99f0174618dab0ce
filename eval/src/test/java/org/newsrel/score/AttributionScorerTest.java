package org.newsrel.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsrel.score.Docs.doc;
import static org.newsrel.score.Docs.pair;
import static org.newsrel.score.Docs.t;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsrel.brat.BratDocument;

class AttributionScorerTest {

  private static final String TEXT = "“We will win,” Smith said. Jones told reporters that the war was over.";
  private final AttributionScorer scorer = new AttributionScorer(0.5);

  private static BratDocument gold() {
    return doc("d", TEXT,
        t(TEXT, "T1", "Content", "“We will win,”"), t(TEXT, "T2", "Source", "Smith"), t(TEXT, "T3", "Cue", "said"),
        t(TEXT, "T4", "Attribution", "said"), "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
        "N1\tReference T2 newsrel:smith\tSmith", "A1\tKind E1 Direct",
        t(TEXT, "T5", "Source", "Jones"), t(TEXT, "T6", "Cue", "told"),
        t(TEXT, "T7", "Content", "that the war was over"), t(TEXT, "T8", "Attribution", "told"),
        "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7", "N2\tReference T5 newsrel:jones\tJones",
        "A2\tKind E2 Indirect");
  }

  /**
   * P1 gets Smith's quote without its quotation marks and comma (overlap and normalised exact,
   * not exact); P2 is exact; both Sources carry the id smith; P3 duplicates P1 (its Source has
   * no id). By id strings P1's speaker is right and P2's wrong. Through the id alignment,
   * predicted smith shares one mention with gold smith and one with gold jones: a tie, broken
   * by id strings, so smith → jones and it is P2's speaker that is right, P1's wrong.
   * Either way end-to-end: tp 1, fp 2 (the other one, P3), fn 1: F1 2/5. Speaker accuracy 1/2.
   */
  @Test
  void endToEndSpeakerAndNormalisedContent() {
    BratDocument pred = doc("d", TEXT,
        t(TEXT, "T1", "Content", "We will win"), t(TEXT, "T2", "Source", "Smith"), t(TEXT, "T3", "Cue", "said"),
        "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2", "N1\tReference T2 newsrel:smith\tSmith",
        "A1\tKind E1 Direct",
        t(TEXT, "T5", "Source", "Jones"), t(TEXT, "T6", "Cue", "told"), t(TEXT, "T7", "Content", "that the war was over"),
        "E2\tAttribution:T6 Source:T5 Cue:T6 Content:T7", "N2\tReference T5 newsrel:smith\tSmith",
        t(TEXT, "T11", "Content", "We will win"), t(TEXT, "T12", "Source", "Smith"), t(TEXT, "T13", "Cue", "said"),
        "E3\tAttribution:T13 Content:T11 Cue:T13 Source:T12");
    AttributionScores s = scorer.score(List.of(pair(gold(), pred)));
    assertEquals("tp=1 fp=2 fn=1 P=0.3333 R=0.5000 F1=0.4000", s.exact("Content").toString());
    assertEquals("tp=2 fp=1 fn=0 P=0.6667 R=1.0000 F1=0.8000", s.normalised("Content").toString());
    assertEquals("tp=2 fp=1 fn=0 P=0.6667 R=1.0000 F1=0.8000", s.overlap("Content").toString());
    assertEquals("tp=2 fp=1 fn=0 P=0.6667 R=1.0000 F1=0.8000", s.exact("Source").toString());
    assertEquals("1/2 = 0.5000", s.speaker().toString());
    assertEquals("1/2 = 0.5000", s.speakerStrings().toString());
    assertEquals("tp=1 fp=2 fn=1 P=0.3333 R=0.5000 F1=0.4000", s.endToEnd().toString());
    assertEquals("tp=1 fp=2 fn=1 P=0.3333 R=0.5000 F1=0.4000", s.endToEndStrings().toString());
    assertEquals("1/2 = 0.5000", s.documents().get(0).speaker().toString());
    assertEquals("1/2 = 0.5000", s.kind().toString());
  }

  @Test
  void withoutIdsTheSourceMustOverlapAndNoSourceMatchesNoSource() {
    String text = "The agency reported that talks failed. Talks were described as tense.";
    BratDocument g = doc("d", text,
        t(text, "T1", "Source", "The agency"), t(text, "T2", "Cue", "reported"),
        t(text, "T3", "Content", "that talks failed"), "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
        t(text, "T4", "Cue", "were described as"), t(text, "T5", "Content", "Talks", 30),
        "E2\tAttribution-no-source:T4 Cue:T4 Content:T5");
    BratDocument p = doc("d", text,
        t(text, "T1", "Source", "agency"), t(text, "T2", "Cue", "reported"),
        t(text, "T3", "Content", "talks failed"), "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
        t(text, "T4", "Cue", "described"), t(text, "T5", "Content", "Talks", 30),
        "E2\tAttribution-no-source:T4 Cue:T4 Content:T5");
    AttributionScores s = scorer.score(List.of(pair(g, p)));
    assertEquals("tp=2 fp=0 fn=0 P=1.0000 R=1.0000 F1=1.0000", s.endToEnd().toString());
    assertEquals("0/0 = n/a", s.speaker().toString());
    assertEquals("0/0 = n/a", s.speakerStrings().toString());
    assertEquals("tp=2 fp=0 fn=0 P=1.0000 R=1.0000 F1=1.0000", s.endToEndStrings().toString());
    assertEquals("tp=2 fp=0 fn=0 P=1.0000 R=1.0000 F1=1.0000", s.normalised("Content").toString());
  }

  private static final String A = "Smith said the plan works. Jones said it failed.";
  private static final String B = "Smith said the talks ended.";

  private static String n(String id, String target, String entity) {
    return id + "\tReference " + target + " newsrel:" + entity + "\t" + entity;
  }

  /** An attribution "SOURCE said CONTENT" with ids T{k}.. and E{k}, the Source carrying {@code id} (none if null). */
  private static List<String> said(String text, int k, String source, String content, int from, String id) {
    List<String> out = new java.util.ArrayList<>(List.of(
        t(text, "T" + k, "Source", source, from), t(text, "T" + (k + 1), "Cue", "said", from),
        t(text, "T" + (k + 2), "Content", content, from),
        "E" + k + "\tAttribution:T" + (k + 1) + " Source:T" + k + " Cue:T" + (k + 1) + " Content:T" + (k + 2)));
    if (id != null) {
      out.add(n("N" + k, "T" + k, id));
    }
    return out;
  }

  private static BratDocument docOf(String name, String text, List<List<String>> attributions) {
    return doc(name, text, attributions.stream().flatMap(List::stream).toArray(String[]::new));
  }

  /**
   * Two documents, three attributions; the system resolves Smith (twice, across documents)
   * and Jones to the gold clusters but names them person-1 and person-2. The alignment maps
   * person-1 → smith (weight 2) and person-2 → jones (1): speaker accuracy 3/3 and end-to-end
   * F1 1; by id strings 0/3, and end-to-end tp 0, fp 3, fn 3.
   */
  @Test
  void differentNamesForTheSameClustersAreRight() {
    BratDocument goldA = docOf("a", A, List.of(said(A, 1, "Smith", "the plan works", 0, "smith"),
        said(A, 4, "Jones", "it failed", 27, "jones")));
    BratDocument goldB = docOf("b", B, List.of(said(B, 1, "Smith", "the talks ended", 0, "smith")));
    BratDocument predA = docOf("a", A, List.of(said(A, 1, "Smith", "the plan works", 0, "person-1"),
        said(A, 4, "Jones", "it failed", 27, "person-2")));
    BratDocument predB = docOf("b", B, List.of(said(B, 1, "Smith", "the talks ended", 0, "person-1")));
    AttributionScores s = scorer.score(List.of(pair(goldA, predA), pair(goldB, predB)));
    assertEquals("3/3 = 1.0000", s.speaker().toString());
    assertEquals("0/3 = 0.0000", s.speakerStrings().toString());
    assertEquals("tp=3 fp=0 fn=0 P=1.0000 R=1.0000 F1=1.0000", s.endToEnd().toString());
    assertEquals("tp=0 fp=3 fn=3 P=0.0000 R=0.0000 F1=0.0000", s.endToEndStrings().toString());
  }

  /**
   * A wrong merge: Smith (twice) and Jones all under one predicted id x. x shares two mentions
   * with smith and one with jones, so x → smith: Jones's speaker is wrong. Speaker accuracy
   * 2/3; end-to-end tp 2, fp 1, fn 1, F1 4/6.
   */
  @Test
  void aWrongMergeGetsTheSmallerClusterWrong() {
    BratDocument goldA = docOf("a", A, List.of(said(A, 1, "Smith", "the plan works", 0, "smith"),
        said(A, 4, "Jones", "it failed", 27, "jones")));
    BratDocument goldB = docOf("b", B, List.of(said(B, 1, "Smith", "the talks ended", 0, "smith")));
    BratDocument predA = docOf("a", A, List.of(said(A, 1, "Smith", "the plan works", 0, "x"),
        said(A, 4, "Jones", "it failed", 27, "x")));
    BratDocument predB = docOf("b", B, List.of(said(B, 1, "Smith", "the talks ended", 0, "x")));
    AttributionScores s = scorer.score(List.of(pair(goldA, predA), pair(goldB, predB)));
    assertEquals("2/3 = 0.6667", s.speaker().toString());
    assertEquals("1/2 = 0.5000", s.documents().get(0).speaker().toString());
    assertEquals("tp=2 fp=1 fn=1 P=0.6667 R=0.6667 F1=0.6667", s.endToEnd().toString());
    assertEquals("0/3 = 0.0000", s.speakerStrings().toString());
  }

  /**
   * Smith's attribution in document b, Jones's in c, both predicted under x: x shares one
   * mention with smith and one with jones; the tie goes to the smaller id string, jones, so
   * c's speaker is right and b's wrong, in whichever order the documents come.
   */
  @Test
  void aTieIsBrokenByIdStrings() {
    String c = "Jones said it failed.";
    DocumentPair smith = pair(docOf("b", B, List.of(said(B, 1, "Smith", "the talks ended", 0, "smith"))),
        docOf("b", B, List.of(said(B, 1, "Smith", "the talks ended", 0, "x"))));
    DocumentPair jones = pair(docOf("c", c, List.of(said(c, 1, "Jones", "it failed", 0, "jones"))),
        docOf("c", c, List.of(said(c, 1, "Jones", "it failed", 0, "x"))));
    for (List<DocumentPair> corpus : List.of(List.of(smith, jones), List.of(jones, smith))) {
      AttributionScores s = scorer.score(corpus);
      assertEquals("1/2 = 0.5000", s.speaker().toString());
      for (AttributionScores.Document d : s.documents()) {
        assertEquals(d.name().equals("c") ? "1/1 = 1.0000" : "0/1 = 0.0000", d.speaker().toString(), d.name());
      }
    }
  }

  /**
   * Gold ids, a prediction without any: speaker accuracy 0/2 (no predicted id maps to
   * anything), end-to-end falls back to Source overlap: tp 2. Neither side with ids: n/a.
   */
  @Test
  void documentsWithoutIds() {
    BratDocument gold = docOf("a", A, List.of(said(A, 1, "Smith", "the plan works", 0, "smith"),
        said(A, 4, "Jones", "it failed", 27, "jones")));
    BratDocument bare = docOf("a", A, List.of(said(A, 1, "Smith", "the plan works", 0, null),
        said(A, 4, "Jones", "it failed", 27, null)));
    AttributionScores s = scorer.score(List.of(pair(gold, bare)));
    assertEquals("0/2 = 0.0000", s.speaker().toString());
    assertEquals("tp=2 fp=0 fn=0 P=1.0000 R=1.0000 F1=1.0000", s.endToEnd().toString());
    AttributionScores none = scorer.score(List.of(pair(bare, bare)));
    assertEquals("0/0 = n/a", none.speaker().toString());
    assertEquals("tp=2 fp=0 fn=0 P=1.0000 R=1.0000 F1=1.0000", none.endToEnd().toString());
  }

  @Test
  void normalisationDropsQuotesLeadingThatAndEdgePunctuation() {
    String text = "He said that “the war is over.” Then";
    Span gold = new Span("d", "Content", List.of(new org.newsrel.brat.Fragment(8, 31)), "");
    Span bare = new Span("d", "Content", List.of(new org.newsrel.brat.Fragment(14, 29)), "");
    assertEquals("that “the war is over.”", text.substring(8, 31));
    assertEquals("the war is over", text.substring(14, 29));
    assertEquals(ContentNormaliser.key(text, bare), ContentNormaliser.key(text, gold));
  }
}
