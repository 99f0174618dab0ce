package org.newsrel.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsrel.score.Docs.doc;
import static org.newsrel.score.Docs.t;

import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsrel.brat.BratCorpus;
import org.newsrel.brat.BratDocument;
import org.newsrel.score.Bootstrap;

/** A layer the gold does not annotate (PolNeAR: attributions only) is not scored, whatever a system writes there. */
class GoldLayersTest {

  private static final String A = "Zelensky said troops held.";

  private static EvalReport report() {
    BratDocument gold = doc("a", A, t(A, "T1", "Source", "Zelensky"), t(A, "T2", "Cue", "said"),
        t(A, "T3", "Content", "troops held"), "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3");
    BratDocument pred = doc("a", A, t(A, "T1", "Source", "Zelensky"), t(A, "T2", "Cue", "said"),
        t(A, "T3", "Content", "troops held"), t(A, "T4", "PERSON", "Zelensky"), t(A, "T5", "GROUP", "troops"),
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3");
    LinkedHashMap<String, BratCorpus> systems = new LinkedHashMap<>();
    systems.put("newsrel", new BratCorpus(List.of(pred), List.of(), List.of()));
    return Evaluation.run(EvalOptions.defaults().withBootstrap(new Bootstrap(1L, 20, 0.95)),
        new BratCorpus(List.of(gold), List.of(), List.of()), systems);
  }

  @Test
  void layersAbsentFromGoldHaveNoRowsAndNoErrors() {
    EvalReport r = report();
    assertEquals(List.of("attributions"), r.metrics().stream().map(MetricRow::layer).distinct().toList());
    assertEquals(List.of(), r.errors(), "the predicted PERSON and GROUP are not false positives");
    assertEquals("1.0000 [1.0000, 1.0000]", r.metric("attributions", "Cue exact F1").cell("newsrel").render());
    assertTrue(r.notes().contains(
        "gold: no annotation of entities, identity, relations in any file: not scored, no errors listed there"),
        r.notes().toString());
    Cell entities = r.documents().get(0).cells().get("newsrel").get(0);
    assertEquals("n/a", entities.render());
    assertEquals("not in gold", entities.detail());
    assertTrue(ReportWriter.markdown(r).contains("## Entities\n\nNot scored: the gold has no annotation of this layer"));
  }
}
