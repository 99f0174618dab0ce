package org.newsrel.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsrel.score.Docs.doc;
import static org.newsrel.score.Docs.t;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsrel.brat.BratCorpus;
import org.newsrel.brat.BratDocument;
import org.newsrel.score.Bootstrap;

class ReportWriterTest {

  private static final String A = "Kim Jong Un sent <troops> to Kursk. “They fight,” Zelensky said.";
  private static final String B = "Ukrainian forces captured two soldiers.";

  private static EvalReport report() {
    BratDocument goldA = doc("a", A, t(A, "T1", "PERSON", "Kim Jong Un"), t(A, "T2", "LOCATION", "Kursk"),
        t(A, "T3", "PERSON", "Zelensky"), t(A, "T4", "Content", "“They fight,”"), t(A, "T5", "Cue", "said"),
        t(A, "T6", "Attribution", "said"), "E1\tAttribution:T6 Content:T4 Cue:T5 Source:T3",
        "N1\tReference T3 newsrel:volodymyr-zelensky\tVolodymyr Zelensky");
    BratDocument goldB = doc("b", B, t(B, "T1", "Capture", "captured"), t(B, "T2", "Captive", "two soldiers"),
        "E1\tCapture:T1 Captive:T2", "A1\tModality E1 Asserted");
    BratCorpus gold = new BratCorpus(List.of(goldA, goldB), List.of("a: 2 annotators' files; used a_x.ann"), List.of());
    BratDocument predA = doc("a", A, t(A, "T1", "PERSON", "Kim Jong"), t(A, "T2", "LOCATION", "Kursk"),
        t(A, "T3", "PERSON", "Zelensky"), t(A, "T4", "Content", "They fight"), t(A, "T5", "Cue", "said"),
        "E1\tAttribution:T5 Content:T4 Cue:T5 Source:T3",
        "N1\tReference T3 newsrel:volodymyr-zelensky\tVolodymyr Zelensky");
    LinkedHashMap<String, BratCorpus> systems = new LinkedHashMap<>();
    systems.put("newsrel", new BratCorpus(List.of(predA), List.of(), List.of()));
    systems.put("empty <baseline>", new BratCorpus(List.of(BratDocument.empty("a", A), BratDocument.empty("b", B)),
        List.of(), List.of()));
    return Evaluation.run(EvalOptions.defaults().withBootstrap(new Bootstrap(20250113L, 200, 0.95)), gold, systems);
  }

  @Test
  void scoresAndNotesReachTheReport() {
    EvalReport r = report();
    assertEquals(List.of("newsrel", "empty <baseline>"), r.systems());
    // Kim Jong for Kim Jong Un: tp 2 fp 1 fn 1. Document b has no entities, so every resample
    // with a defined F1 gives 2/3.
    assertEquals("0.6667 [0.6667, 0.6667]", r.metric("entities", "micro strict F1").cell("newsrel").render());
    assertEquals("0.667 [0.667, 0.667]", r.metric("entities", "micro strict F1").cell("newsrel").render(3));
    assertEquals("n/a", r.metric("attributions", "kind accuracy").cell("newsrel").render(), "no gold Kind: 0/0");
    assertEquals("1.0000", r.metric("attributions", "end-to-end F1").cell("newsrel").render().substring(0, 6));
    assertEquals(List.of("gold: a: 2 annotators' files; used a_x.ann",
        "newsrel: warning: no prediction for b; scored as an empty prediction",
        "newsrel: not produced (no annotation with these labels in any of its files; scored as not produced, their "
            + "misses not listed as errors): relations, entity type ORGANIZATION, entity type NATIONALITY, entity type DATE, entity type NUMBER, "
            + "entity type TITLE, entity type GROUP",
        "empty <baseline>: not produced (no annotation with these labels in any of its files; scored as not produced, "
            + "their misses not listed as errors): entities, identity, attributions, relations"), r.notes());
    assertTrue(r.metric("relations", "Capture strict event F1").headline());
  }

  @Test
  void whatASystemDoesNotProduceIsNotProducedNotZero() {
    EvalReport r = report();
    for (MetricRow row : r.metrics()) {
      assertEquals("not produced", row.cell("empty <baseline>").render(), row.metric());
    }
    assertEquals("not produced", r.metric("relations", "Capture trigger overlap F1").cell("newsrel").render());
    assertEquals("not produced", r.metric("entities", "GROUP strict F1").cell("newsrel").render());
    assertEquals("1.0000", r.metric("entities", "LOCATION strict F1").cell("newsrel").render());
    assertTrue(r.errors().stream().noneMatch(e -> e.system().equals("empty <baseline>")));
    assertEquals(List.of("b"), r.summary("newsrel").missing());
    assertEquals(List.of("entities", "identity", "attributions"), r.summary("newsrel").production().layers());
    String md = ReportWriter.markdown(r);
    assertTrue(md.contains("| empty <baseline> |  | entities, identity, attributions, relations | 0 of 2 |"), md);
    assertTrue(md.contains("| newsrel | entities, identity, attributions | relations | 1 of 2 |"), md);
    assertTrue(TerminalTable.render(r).contains("not produced"));
  }

  @Test
  void errorsAreSortedByDocumentThenOffset() {
    List<org.newsrel.score.ErrorRecord> errors = report().errors();
    List<String> rows = errors.stream()
        .map(e -> e.document() + " " + e.offsets() + " " + e.system() + " " + e.kind() + " " + e.layer()).toList();
    // newsrel writes no relations, so the missed Capture of b is not listed; the empty system lists nothing.
    assertEquals(List.of("a 0 8 newsrel FP entity", "a 0 11 newsrel FN entity"), rows.subList(0, 2));
    assertEquals(errors.stream().sorted().toList(), errors);
    assertTrue(rows.stream().allMatch(l -> l.startsWith("a ")), rows.toString());
    assertEquals("Kim Jong Un sent <troops> to Kursk.", report().errors().get(0).sentence());
  }

  @Test
  void jsonParsesBackWithSortedKeysAndNullForNotAvailable() {
    String json = ReportWriter.json(report());
    @SuppressWarnings("unchecked")
    Map<String, Object> root = (Map<String, Object>) MiniJson.parse(json);
    assertEquals(List.of("attribution_confidence", "documents", "error_counts", "format", "metrics", "notes", "options",
        "system_summaries", "systems"), List.copyOf(root.keySet()));
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> summaries = (Map<String, Map<String, Object>>) root.get("system_summaries");
    assertEquals(List.of("relations"), summaries.get("newsrel").get("not_produced"));
    assertEquals(1, ((Number) summaries.get("newsrel").get("missing_files")).intValue());
    assertTrue(json.contains("\"produced\": false"));
    assertTrue(json.contains("\"value\": null"));
    assertTrue(json.contains("\"overlap_threshold\": 0.5000"));
    assertEquals(json, ReportWriter.json(report()), "deterministic");
  }

  @Test
  void htmlIsSelfContainedAndEscaped() {
    String html = ReportWriter.html(report());
    assertFalse(html.contains("http://") || html.contains("https://"), "no external reference");
    assertFalse(html.contains("<script src") || html.contains("<link"), "script and style inline");
    String marker = "<script type=\"application/json\" id=\"newsrel-data\">";
    int from = html.indexOf(marker) + marker.length();
    String data = html.substring(from, html.indexOf("</script>", from));
    String page = html.substring(0, from) + html.substring(from + data.length());
    assertTrue(page.contains("&lt;troops&gt;"), "the title, escaped");
    assertFalse(page.contains("<troops>"));
    assertTrue(page.contains("empty &lt;baseline&gt;"));
    assertTrue(page.contains("<svg class=\"chart\""));
    assertTrue(page.contains("<details class=\"doc\" id=\"doc-a\" data-index=\"0\">"));
    assertTrue(page.contains("<td class=\"num np\" title=\"not produced\">not produced</td>"));
    assertTrue(page.contains("1 of 2 (1 missing)"), "newsrel has no file for b");
    @SuppressWarnings("unchecked")
    Map<String, Object> parsed = (Map<String, Object>) MiniJson.parse(data.replace("<\\/", "</"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> docs = (List<Map<String, Object>>) parsed.get("docs");
    assertEquals(A, docs.get(0).get("text"));
    assertEquals("Kim Jong Un sent <troops> to Kursk. “They fight,” Zelensky said.", docs.get(0).get("title"));
  }

  @Test
  void embeddedDataCannotCloseItsScriptElement() {
    String text = "He wrote </script><script>alert(1)</script> and left.";
    BratDocument d = doc("x", text, t(text, "T1", "PERSON", "He"));
    LinkedHashMap<String, BratCorpus> systems = new LinkedHashMap<>();
    systems.put("s", new BratCorpus(List.of(d), List.of(), List.of()));
    EvalReport r = Evaluation.run(EvalOptions.defaults().withBootstrap(new Bootstrap(1L, 10, 0.95)),
        new BratCorpus(List.of(d), List.of(), List.of()), systems);
    String data = HtmlData.render(r);
    assertFalse(data.contains("</"), data);
    assertTrue(data.contains("<\\/script>"));
  }

  @Test
  void markdownTablesHaveOneCellPerColumn() {
    String md = ReportWriter.markdown(report());
    for (String block : md.split("\n\n")) {
      if (!block.startsWith("|")) {
        continue;
      }
      List<String> lines = List.of(block.split("\n"));
      long columns = cells(lines.get(0));
      assertTrue(lines.get(1).matches("\\|(---:?\\|)+"), lines.get(1));
      for (String line : lines) {
        assertEquals(columns, cells(line), line);
      }
    }
    assertTrue(md.contains("| micro strict F1 | "));
    assertTrue(md.contains("- newsrel: warning: no prediction for b; scored as an empty prediction"));
  }

  private static long cells(String line) {
    return line.replace("\\|", "").chars().filter(c -> c == '|').count() - 1;
  }

  @Test
  void terminalTableHasAColumnPerSystem() {
    String table = TerminalTable.render(report());
    String[] lines = table.split("\n");
    assertTrue(lines[0].matches("layer\\s+metric\\s+newsrel\\s+empty <baseline>"), lines[0]);
    assertTrue(lines[1].matches("-+"));
    assertTrue(table.contains("n/a"));
    assertTrue(table.lines().anyMatch(l -> l.startsWith("entities") && l.contains("micro strict P")));
  }

  /** Two attributions with confidences 0.9 (right) and 0.3 (spurious): the confidence section in all formats. */
  @Test
  void attributionConfidencesGetAReliabilityTableAndACurve() {
    String text = "Smith said the plan works. Jones said it failed.";
    BratDocument gold = doc("c", text, t(text, "T1", "Source", "Smith"), t(text, "T2", "Cue", "said"),
        t(text, "T3", "Content", "the plan works"), "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3");
    BratDocument pred = doc("c", text, t(text, "T1", "Source", "Smith"), t(text, "T2", "Cue", "said"),
        t(text, "T3", "Content", "the plan works"), "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
        "#1\tAnnotatorNotes E1\tconfidence=0.9", t(text, "T4", "Source", "Jones"), t(text, "T5", "Cue", "said", 27),
        t(text, "T6", "Content", "it failed"), "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6",
        "#2\tAnnotatorNotes E2\tconfidence=0.3");
    LinkedHashMap<String, BratCorpus> systems = new LinkedHashMap<>();
    systems.put("scored", new BratCorpus(List.of(pred), List.of(), List.of()));
    systems.put("plain", new BratCorpus(List.of(gold), List.of(), List.of()));
    EvalReport r = Evaluation.run(EvalOptions.defaults().withBootstrap(new Bootstrap(1L, 20, 0.95)),
        new BratCorpus(List.of(gold), List.of(), List.of()), systems);
    String md = ReportWriter.markdown(r);
    assertTrue(md.contains("### `scored`: reliability (expected calibration error 0.200)"), md);
    assertTrue(md.contains("| 0.9-1.0 | 1 | 1 | 0.900 | 1.0000 |"), md);
    assertTrue(md.contains("| 0.3-0.4 | 1 | 0 | 0.300 | 0.0000 |"), md);
    assertTrue(md.contains("| 0.5 | 1 | 1.0000 | 1.0000 | 1.0000 |"), md);
    assertFalse(md.contains("`plain`: reliability"), "a system without confidences has no reliability table");
    String html = ReportWriter.html(r);
    assertTrue(html.contains("<h2 id=\"confidence\">") && html.contains("<polyline"), "chart in the HTML");
    @SuppressWarnings("unchecked")
    Map<String, Object> conf = (Map<String, Object>) ((Map<String, Object>) MiniJson.parse(ReportWriter.json(r)))
        .get("attribution_confidence");
    assertEquals(List.of("scored"), List.copyOf(conf.keySet()));
  }

  @Test
  void writeAllWritesTheFourFiles(@TempDir Path dir) throws Exception {
    ReportWriter.writeAll(report(), dir);
    for (String f : ReportWriter.FILES) {
      assertTrue(Files.size(dir.resolve(f)) > 0, f);
    }
    List<String> tsv = Files.readAllLines(dir.resolve("errors.tsv"));
    assertEquals("system\tlayer\tdocument\tbegin\tend\toffsets\tlabel\tkind\ttext\tsentence", tsv.get(0));
    tsv.forEach(l -> assertEquals(9, l.chars().filter(c -> c == '\t').count(), l));
  }
}
