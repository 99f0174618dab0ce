package org.newsrel.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsrel.brat.BratDocument;
import org.newsrel.brat.EventAnnotation;
import org.newsrel.brat.Fragment;
import org.newsrel.brat.Normalization;
import org.newsrel.brat.TextBound;
import org.newsrel.internal.Json;
import org.newsrel.score.AttributionScorer;
import org.newsrel.score.ErrorKind;
import org.newsrel.score.ErrorRecord;
import org.newsrel.score.Production;
import org.newsrel.score.Span;

/**
 * The data the report page's script draws documents and the error list from, as one
 * compact JSON object (embedded in a {@code <script type="application/json">}, so the page
 * stays one file and a document's text is laid out only when it is opened).
 *
 * <pre>
 * systems: [name, ...]             produced: {system: {layer: true|false}}
 * docs: [{name, title, text, cols: {"gold"|system: column}, errs: {system: count}}]
 * column: {t: [[id, label, [[b, e], ...], canonicalId|null, canonicalName|null, fp 0|1, rule|null, confidence|null]],
 *          e: [[id, type, triggerId, Kind|Modality|null, rule|null, confidence|null, [[role, textBoundId], ...]]],
 *          fn: [[scorerLayer, label, [[b, e], ...]]]}
 * errors: [[systemIndex, layer, scorerLayer, docIndex, begin, end, offsets, label, kind, text, sentence]]
 * </pre>
 */
final class HtmlData {

  /** The gold column's key in {@code cols}. */
  static final String GOLD = "gold";

  private HtmlData() {}

  static String render(EvalReport r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("systems", r.systems());
    Map<String, Object> produced = new LinkedHashMap<>();
    for (SystemSummary s : r.summaries()) {
      Map<String, Object> layers = new LinkedHashMap<>();
      Production.LAYERS.forEach(l -> layers.put(l, s.production().produces(l)));
      produced.put(s.system(), layers);
    }
    root.put("produced", produced);
    Map<String, Integer> docIndex = new HashMap<>();
    List<Object> docs = new ArrayList<>();
    if (!r.systems().isEmpty()) {
      List<BratDocument> gold = r.scores().get(r.systems().get(0)).documents().stream().map(p -> p.gold()).toList();
      Map<String, Map<String, List<ErrorRecord>>> byDoc = new HashMap<>();
      for (ErrorRecord e : r.errors()) {
        byDoc.computeIfAbsent(e.document(), k -> new HashMap<>()).computeIfAbsent(e.system(), k -> new ArrayList<>())
            .add(e);
      }
      for (int i = 0; i < gold.size(); i++) {
        BratDocument g = gold.get(i);
        docIndex.put(g.name(), i);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", g.name());
        d.put("title", title(g.text()));
        d.put("text", g.text());
        Map<String, Object> cols = new LinkedHashMap<>();
        cols.put(GOLD, column(g, Provenance.NONE, List.of()));
        Map<String, Object> errs = new LinkedHashMap<>();
        for (SystemSummary s : r.summaries()) {
          List<ErrorRecord> mine = byDoc.getOrDefault(g.name(), Map.of()).getOrDefault(s.system(), List.of());
          BratDocument p = r.scores().get(s.system()).documents().get(i).predicted();
          cols.put(s.system(), column(p, s.provenance(), mine));
          errs.put(s.system(), mine.size());
        }
        d.put("cols", cols);
        d.put("errs", errs);
        docs.add(d);
      }
    }
    root.put("docs", docs);
    List<Object> errors = new ArrayList<>();
    for (ErrorRecord e : r.errors()) {
      errors.add(List.of(r.systems().indexOf(e.system()), Production.layerOfError(e.layer()), e.layer(),
          docIndex.getOrDefault(e.document(), -1), e.begin(), e.end(), e.offsets(), e.label(), e.kind().name(),
          e.text(), e.sentence()));
    }
    root.put("errors", errors);
    // "</" would end the script element; "<\/" is the same JSON string.
    return Json.compact(root).replace("</", "<\\/");
  }

  /** The first non-blank line of the text, at most 140 characters. */
  static String title(String text) {
    for (String line : text.split("\n")) {
      String t = line.strip();
      if (!t.isEmpty()) {
        return t.length() > 140 ? t.substring(0, 139) + "…" : t;
      }
    }
    return "(empty text)";
  }

  private static Map<String, Object> column(BratDocument d, Provenance provenance, List<ErrorRecord> errors) {
    Set<String> fp = new HashSet<>();
    List<Object> fn = new ArrayList<>();
    for (ErrorRecord e : errors) {
      if (e.kind() == ErrorKind.FP) {
        fp.add(e.offsets() + "\t" + e.label());
      } else {
        fn.add(List.of(e.layer(), e.label(), fragments(e.offsets())));
      }
    }
    Map<String, Normalization> norms = new HashMap<>();
    d.normalizations().forEach(n -> norms.putIfAbsent(n.targetId(), n));
    List<Object> tbs = new ArrayList<>();
    for (TextBound t : d.textBounds()) {
      Span s = Span.of(d.name(), t);
      Optional<String> cid = d.canonicalId(t.id());
      Normalization n = norms.get(t.id());
      Optional<Provenance.Detail> p = provenance.get(d.name(), Provenance.entityKey(t.label(), s.begin(), s.end()));
      List<Object> row = new ArrayList<>();
      row.add(t.id());
      row.add(t.label());
      row.add(s.fragments().stream().map(f -> List.of(f.begin(), f.end())).toList());
      row.add(cid.orElse(null));
      row.add(n == null || n.entryText().isEmpty() ? null : n.entryText());
      row.add(fp.contains(s.offsets() + "\t" + t.label()) ? 1 : 0);
      row.add(p.map(Provenance.Detail::rule).orElse(null));
      row.add(p.map(x -> x.confidence()).orElse(null));
      tbs.add(row);
    }
    List<Object> events = new ArrayList<>();
    for (EventAnnotation e : d.events()) {
      Optional<TextBound> trigger = d.textBound(e.triggerId());
      if (trigger.isEmpty()) {
        continue;
      }
      String attribute = AttributionScorer.TYPES.contains(e.type()) ? "Kind" : "Modality";
      Optional<Provenance.Detail> p = provenance.get(d.name(),
          Provenance.eventKey(e.type(), trigger.get().begin(), trigger.get().end()));
      List<Object> row = new ArrayList<>();
      row.add(e.id());
      row.add(e.type());
      row.add(e.triggerId());
      row.add(d.attribute(e.id(), attribute).orElse(null));
      row.add(p.map(Provenance.Detail::rule).orElse(null));
      row.add(p.map(x -> x.confidence()).orElse(null));
      row.add(e.args().stream().map(a -> List.of(a.role(), a.refId())).toList());
      events.add(row);
    }
    Map<String, Object> col = new LinkedHashMap<>();
    col.put("t", tbs);
    col.put("e", events);
    col.put("fn", fn);
    return col;
  }

  /** {@code "10 21;30 35"} as {@code [[10, 21], [30, 35]]}. */
  private static List<Object> fragments(String offsets) {
    List<Object> out = new ArrayList<>();
    for (String part : offsets.split(";")) {
      String[] be = part.trim().split(" ");
      Fragment f = new Fragment(Integer.parseInt(be[0]), Integer.parseInt(be[1]));
      out.add(List.of(f.begin(), f.end()));
    }
    return out;
  }
}
