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
   * not exact), right speaker; P2 is exact but names the wrong speaker; P3 duplicates P1.
   * End-to-end: tp 1 (P1), fp 2 (P2, P3), fn 1 (Jones): F1 2/5. Speaker accuracy 1/2.
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
    assertEquals("tp=1 fp=2 fn=1 P=0.3333 R=0.5000 F1=0.4000", s.endToEnd().toString());
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
    assertEquals("tp=2 fp=0 fn=0 P=1.0000 R=1.0000 F1=1.0000", s.normalised("Content").toString());
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
