package org.newsrel.brat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One document in brat standoff: its name (file stem), the exact text, and every
 * annotation line of its .ann file. Immutable; lists keep file order.
 */
public final class BratDocument {

  private final String name;
  private final String text;
  private final List<TextBound> textBounds;
  private final List<EventAnnotation> events;
  private final List<Attribute> attributes;
  private final List<Normalization> normalizations;
  private final List<Relation> relations;
  private final List<Note> notes;
  private final List<Equiv> equivs;
  private final Map<String, TextBound> textBoundById;
  private final Map<String, EventAnnotation> eventById;

  public BratDocument(String name, String text, List<TextBound> textBounds, List<EventAnnotation> events,
      List<Attribute> attributes, List<Normalization> normalizations, List<Relation> relations,
      List<Note> notes, List<Equiv> equivs) {
    this.name = Objects.requireNonNull(name, "name");
    this.text = Objects.requireNonNull(text, "text");
    this.textBounds = List.copyOf(textBounds);
    this.events = List.copyOf(events);
    this.attributes = List.copyOf(attributes);
    this.normalizations = List.copyOf(normalizations);
    this.relations = List.copyOf(relations);
    this.notes = List.copyOf(notes);
    this.equivs = List.copyOf(equivs);
    Map<String, TextBound> tb = new HashMap<>();
    for (TextBound t : this.textBounds) {
      tb.put(t.id(), t);
    }
    Map<String, EventAnnotation> ev = new HashMap<>();
    for (EventAnnotation e : this.events) {
      ev.put(e.id(), e);
    }
    this.textBoundById = Collections.unmodifiableMap(tb);
    this.eventById = Collections.unmodifiableMap(ev);
  }

  /** A document with text and no annotations (what a missing prediction file scores as). */
  public static BratDocument empty(String name, String text) {
    return new BratDocument(name, text, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  public String name() {
    return name;
  }

  public String text() {
    return text;
  }

  public List<TextBound> textBounds() {
    return textBounds;
  }

  public List<EventAnnotation> events() {
    return events;
  }

  public List<Attribute> attributes() {
    return attributes;
  }

  public List<Normalization> normalizations() {
    return normalizations;
  }

  public List<Relation> relations() {
    return relations;
  }

  public List<Note> notes() {
    return notes;
  }

  public List<Equiv> equivs() {
    return equivs;
  }

  public Optional<TextBound> textBound(String id) {
    return Optional.ofNullable(textBoundById.get(id));
  }

  public Optional<EventAnnotation> event(String id) {
    return Optional.ofNullable(eventById.get(id));
  }

  /** Text-bounds with this label, sorted by offset. */
  public List<TextBound> textBounds(String label) {
    List<TextBound> out = new ArrayList<>();
    for (TextBound t : textBounds) {
      if (t.label().equals(label)) {
        out.add(t);
      }
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  /** Events of this type, in file order. */
  public List<EventAnnotation> events(String type) {
    return events.stream().filter(e -> e.type().equals(type)).toList();
  }

  /** The value of attribute {@code name} on annotation {@code targetId}, if present. */
  public Optional<String> attribute(String targetId, String name) {
    return attributes.stream()
        .filter(a -> a.targetId().equals(targetId) && a.name().equals(name))
        .map(Attribute::value)
        .findFirst();
  }

  /** The first {@code newsrel:} (or any) normalization id on a text-bound, if present. */
  public Optional<String> canonicalId(String textBoundId) {
    Optional<String> own = normalizations.stream()
        .filter(n -> n.targetId().equals(textBoundId) && n.resource().equals("newsrel"))
        .map(Normalization::entryId)
        .findFirst();
    if (own.isPresent()) {
      return own;
    }
    return normalizations.stream()
        .filter(n -> n.targetId().equals(textBoundId))
        .map(n -> n.resource() + ":" + n.entryId())
        .findFirst();
  }

  /** The 1-based line and column of a character offset in the text, as "line L, column C". */
  public String position(int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < Math.min(offset, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return "line " + line + ", column " + (offset - lineStart + 1);
  }
}
