package org.newsrel.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsrel.core.Argument;
import org.newsrel.core.DocumentLayers;
import org.newsrel.core.EntityMention;
import org.newsrel.core.Event;
import org.newsrel.core.LayoutSpan;
import org.newsrel.core.TextSpan;
import org.newsrel.internal.Json;

/**
 * The JSON form of a document's layers: the CLI's {@code NAME.json} and the
 * {@code "newsrel"} object of the server serializer. What the brat file says, plus token
 * ranges, canonical names, confidences and which rule fired. Keys are sorted; offsets
 * are Java {@code String} indices, end exclusive:
 *
 * <pre>
 * {"format": "newsrel-document", "format_version": 1, "document", "characters", "tokens",
 *  "entities":     [{SPAN, "type", "canonical_id", "canonical_name", "confidence", "rule"}],
 *  "attributions": [EVENT], "relations": [EVENT],
 *  "layout":       [{SPAN, "kind"}]}   kind: HEADLINE, DATELINE, BYLINE, CREDIT, BOILERPLATE
 * SPAN  = "begin", "end", "token_begin", "token_end", "text"
 * EVENT = {"type", "trigger": {SPAN}, "attributes": {"Kind": ...} or {"Modality": ...},
 *          "arguments": [{"role", "fragments": [{SPAN}], "canonical_id", "canonical_name"}],
 *          "confidence", "rule"}
 * </pre>
 */
public final class LayersJson {

  /** Value of {@code "format"}. */
  public static final String FORMAT = "newsrel-document";
  /** Raised on any incompatible change of the layout. */
  public static final int FORMAT_VERSION = 1;

  private LayersJson() {}

  /** Indented JSON of one document. */
  public static String write(DocumentLayers d, TokenIndex tokens) {
    return Json.write(toMap(d, tokens));
  }

  /** The document as maps and lists, for {@link Json}. */
  public static Map<String, Object> toMap(DocumentLayers d, TokenIndex tokens) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    root.put("format_version", FORMAT_VERSION);
    root.put("document", d.name());
    root.put("characters", d.text().length());
    root.put("tokens", d.tokenCount());
    List<Object> ents = new ArrayList<>();
    for (EntityMention m : d.entities()) {
      Map<String, Object> e = span(m.span(), tokens);
      e.put("type", m.type());
      e.put("canonical_id", m.canonicalId());
      e.put("canonical_name", m.canonicalName());
      e.put("confidence", m.confidence());
      e.put("rule", m.rule());
      ents.add(e);
    }
    root.put("entities", ents);
    root.put("attributions", events(d.attributions(), tokens));
    root.put("relations", events(d.relations(), tokens));
    List<Object> layout = new ArrayList<>();
    for (LayoutSpan l : d.layout()) {
      Map<String, Object> m = span(l.span(), tokens);
      m.put("kind", l.kind().name());
      layout.add(m);
    }
    root.put("layout", layout);
    return root;
  }

  private static List<Object> events(List<Event> events, TokenIndex tokens) {
    List<Object> out = new ArrayList<>();
    for (Event ev : events) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("type", ev.type());
      e.put("trigger", span(ev.trigger(), tokens));
      Map<String, Object> attrs = new LinkedHashMap<>();
      ev.attributes().forEach(a -> attrs.put(a.name(), a.value()));
      e.put("attributes", attrs);
      List<Object> args = new ArrayList<>();
      for (Argument a : ev.arguments()) {
        Map<String, Object> arg = new LinkedHashMap<>();
        arg.put("role", a.role());
        List<Object> frags = new ArrayList<>();
        a.fragments().forEach(f -> frags.add(span(f, tokens)));
        arg.put("fragments", frags);
        arg.put("canonical_id", a.canonicalId());
        arg.put("canonical_name", a.canonicalName());
        args.add(arg);
      }
      e.put("arguments", args);
      e.put("confidence", ev.confidence());
      e.put("rule", ev.rule());
      out.add(e);
    }
    return out;
  }

  private static Map<String, Object> span(TextSpan s, TokenIndex tokens) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("begin", s.begin());
    m.put("end", s.end());
    m.put("token_begin", tokens.firstToken(s.begin()));
    m.put("token_end", tokens.endToken(s.end()));
    m.put("text", s.text());
    return m;
  }
}
