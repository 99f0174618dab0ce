package org.newsrel.layout;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.List;
import org.newsrel.NewsrelAnnotations;
import org.newsrel.core.Argument;
import org.newsrel.core.Event;
import org.newsrel.core.LayoutSpan;
import org.newsrel.core.TextSpan;

/**
 * A document's layout as the extractors consult it: which stretches of text no argument
 * may come from (datelines, bylines, photo credits, boilerplate; headlines are article
 * text). Immutable.
 */
public final class Layout {

  /** No layout known (a pipeline without {@code newsrel_layout}): nothing is blocked. */
  public static final Layout NONE = new Layout(List.of());

  private final List<LayoutSpan> blocking;

  private Layout(List<LayoutSpan> spans) {
    this.blocking = spans.stream().filter(s -> s.kind().blocksExtraction()).toList();
  }

  /** The layout of these spans. */
  public static Layout of(List<LayoutSpan> spans) {
    return spans.isEmpty() ? NONE : new Layout(spans);
  }

  /** The layout written on {@code doc} by {@code newsrel_layout}, or {@link #NONE}. */
  public static Layout of(Annotation doc) {
    List<LayoutSpan> spans = doc.get(NewsrelAnnotations.LayoutAnnotation.class);
    return spans == null ? NONE : of(spans);
  }

  /** The blocking span that contains {@code offset}, or null. */
  public LayoutSpan blockingAt(int offset) {
    for (LayoutSpan s : blocking) {
      if (s.begin() <= offset && offset < s.end()) {
        return s;
      }
    }
    return null;
  }

  /** Whether {@code span} overlaps a span no argument may come from. */
  public boolean blocks(TextSpan span) {
    for (LayoutSpan s : blocking) {
      if (s.begin() < span.end() && span.begin() < s.end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code span} overlaps a span of {@code kind} (one of the blocking kinds). */
  public boolean overlaps(TextSpan span, LayoutSpan.Kind kind) {
    for (LayoutSpan s : blocking) {
      if (s.kind() == kind && s.begin() < span.end() && span.begin() < s.end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether any fragment of {@code argument} overlaps a blocking span. */
  public boolean blocks(Argument argument) {
    return argument.fragments().stream().anyMatch(this::blocks);
  }

  /**
   * Relation events without what the layout forbids: an event whose trigger lies in a
   * blocking span is dropped, and so is each argument that overlaps one (the event keeps
   * its other arguments).
   */
  public List<Event> withoutBlocked(List<Event> events) {
    if (blocking.isEmpty()) {
      return events;
    }
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      if (blocks(e.trigger())) {
        continue;
      }
      List<Argument> kept = e.arguments().stream().filter(a -> !blocks(a)).toList();
      out.add(kept.size() == e.arguments().size() ? e
          : new Event(e.type(), e.trigger(), kept, e.attributes(), e.confidence(), e.rule() + ", argument in a layout span dropped"));
    }
    return out;
  }
}
