package org.newsrel.brat;

import static org.newsrel.core.EntityTypes.GROUP;
import static org.newsrel.core.EntityTypes.LOCATION;
import static org.newsrel.core.EntityTypes.ORGANIZATION;
import static org.newsrel.core.EntityTypes.PERSON;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsrel.brat.Attribute;
import org.newsrel.brat.BratDocument;
import org.newsrel.brat.EventAnnotation;
import org.newsrel.brat.Fragment;
import org.newsrel.brat.Normalization;
import org.newsrel.brat.Note;
import org.newsrel.brat.TextBound;
import org.newsrel.core.Argument;
import org.newsrel.core.DocumentLayers;
import org.newsrel.core.EntityMention;
import org.newsrel.core.Event;
import org.newsrel.core.TextSpan;

/**
 * Turns newsrel's records into brat standoff exactly as ANNOTATION_SCHEME.md defines it:
 * entity T lines with {@code N ... newsrel:ID} on those with an id; for each event a
 * trigger T line labelled with the event type, one T line per argument labelled with its
 * role, an E line, its attributes (Kind, Modality) as A lines, argument ids as N lines and
 * the event's confidence as a note ({@code #1 AnnotatorNotes E1 confidence=0.8312}, which
 * scorers read for the reliability table and other tools ignore). A span with the same label
 * and offsets is written once and shared.
 */
public final class LayersToBrat {

  /** Entity types whose mentions carry canonical ids in the scheme. */
  public static final Set<String> IDENTITY_TYPES = Set.of(PERSON, ORGANIZATION, LOCATION, GROUP);

  private LayersToBrat() {}

  public static BratDocument convert(DocumentLayers layers) {
    return new Builder(layers.name(), layers.text()).entities(layers.entities())
        .events(layers.attributions()).events(layers.relations()).build();
  }

  /** Incremental builder, also used by the baselines. */
  public static final class Builder {
    private final String name;
    private final String text;
    private final List<TextBound> tbs = new ArrayList<>();
    private final List<EventAnnotation> events = new ArrayList<>();
    private final List<Attribute> attrs = new ArrayList<>();
    private final List<Normalization> norms = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    private boolean confidences = true;
    private final Map<String, TextBound> byKey = new HashMap<>();
    private final Map<String, String> normalized = new HashMap<>();

    public Builder(String name, String text) {
      this.name = name;
      this.text = text;
    }

    public Builder entities(List<EntityMention> mentions) {
      for (EntityMention m : mentions) {
        TextBound t = textBound(m.type(), List.of(m.span()));
        if (m.canonicalId() != null && IDENTITY_TYPES.contains(m.type())) {
          normalize(t, m.canonicalId(), m.canonicalName());
        }
      }
      return this;
    }

    public Builder events(List<Event> list) {
      for (Event e : list) {
        event(e);
      }
      return this;
    }

    public Builder event(Event e) {
      TextBound trigger = textBound(e.type(), List.of(e.trigger()));
      List<EventAnnotation.Arg> args = new ArrayList<>();
      for (Argument a : e.arguments()) {
        TextBound t = textBound(a.role(), a.fragments());
        if (a.canonicalId() != null) {
          normalize(t, a.canonicalId(), a.canonicalName());
        }
        args.add(new EventAnnotation.Arg(a.role(), t.id()));
      }
      String id = "E" + (events.size() + 1);
      events.add(new EventAnnotation(id, e.type(), trigger.id(), args, 0));
      for (Event.Attribute a : e.attributes()) {
        attrs.add(new Attribute("A" + (attrs.size() + 1), a.name(), id, a.value(), 0));
      }
      if (confidences) {
        notes.add(new Note("#" + (notes.size() + 1), "AnnotatorNotes", id,
            Note.CONFIDENCE_PREFIX + String.format(Locale.ROOT, "%.4f", e.confidence()), 0));
      }
      return this;
    }

    /**
     * Whether each event gets a note with its confidence ({@code #1 AnnotatorNotes E1
     * confidence=0.8312}); on by default, off for systems whose confidence is a constant
     * that means nothing (the stock baselines).
     */
    public Builder confidences(boolean on) {
      this.confidences = on;
      return this;
    }

    private TextBound textBound(String label, List<TextSpan> spans) {
      List<Fragment> fragments = spans.stream().map(s -> new Fragment(s.begin(), s.end())).toList();
      String key = label + " " + fragments;
      TextBound existing = byKey.get(key);
      if (existing != null) {
        return existing;
      }
      StringBuilder covered = new StringBuilder();
      for (TextSpan s : spans) {
        covered.append(covered.length() == 0 ? "" : " ").append(s.text());
      }
      TextBound t = new TextBound("T" + (tbs.size() + 1), label, fragments, covered.toString(), 0);
      tbs.add(t);
      byKey.put(key, t);
      return t;
    }

    private void normalize(TextBound t, String id, String canonicalName) {
      if (normalized.putIfAbsent(t.id(), id) != null) {
        return; // one identity per span
      }
      norms.add(new Normalization("N" + (norms.size() + 1), "Reference", t.id(), "newsrel", id,
          canonicalName == null ? "" : canonicalName, 0));
    }

    public BratDocument build() {
      return new BratDocument(name, text, tbs, events, attrs, norms, List.of(), notes, List.of());
    }
  }
}
