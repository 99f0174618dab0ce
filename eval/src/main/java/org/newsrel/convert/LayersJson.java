package org.newsrel.convert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsrel.core.Argument;
import org.newsrel.core.DocumentLayers;
import org.newsrel.core.Event;
import org.newsrel.core.TextSpan;
import org.newsrel.ner.EntityMention;

/**
 * The rich JSON form of a document's layers ({@code NAME.json}): what the brat file
 * says plus token ranges, canonical names, confidences and which rule fired. Keys are
 * stable; spans are {@code {begin, end, token_begin, token_end, text}} with end exclusive.
 */
public final class LayersJson {

  /** Version of this JSON layout; bumped on any incompatible change. */
  public static final int FORMAT_VERSION = 1;

  private LayersJson() {}

  public static String write(DocumentLayers d, TokenIndex tokens) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", "newsrel-document");
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
    return Json.write(root);
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
      Map<String, Object> args = new LinkedHashMap<>();
      for (Argument a : ev.arguments()) {
        Map<String, Object> arg = new LinkedHashMap<>();
        List<Object> frags = new ArrayList<>();
        a.fragments().forEach(f -> frags.add(span(f, tokens)));
        arg.put("fragments", frags);
        arg.put("canonical_id", a.canonicalId());
        arg.put("canonical_name", a.canonicalName());
        args.put(a.role(), arg);
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
