package org.newsrel.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsrel.brat.Attribute;
import org.newsrel.brat.BratDocument;
import org.newsrel.brat.EventAnnotation;
import org.newsrel.brat.Normalization;
import org.newsrel.brat.TextBound;

/**
 * Checks a parsed brat document against the {@link Scheme}, beyond what the reader
 * already guarantees (offsets inside the text, span text equal to the slice, resolvable
 * references): labels known, each event's trigger labelled with the event type, each
 * argument's role legal for its event type and equal to its span's label, required roles
 * present (every Attribution has a Content), the event's attribute present once with a
 * legal value, {@code newsrel:} ids well-formed, no duplicate span per label.
 */
public final class Validator {

  /** One problem, at a line of the .ann file. */
  public record Problem(String file, int line, String message) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + message;
    }
  }

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final Scheme scheme;

  public Validator(Scheme scheme) {
    this.scheme = scheme;
  }

  public List<Problem> validate(BratDocument doc, String annFile) {
    List<Problem> out = new ArrayList<>();
    Set<String> labels = scheme.textBoundLabels();
    Map<String, TextBound> seen = new HashMap<>();
    for (TextBound t : doc.textBounds()) {
      if (!labels.contains(t.label())) {
        out.add(new Problem(annFile, t.line(), t.id() + ": unknown label '" + t.label() + "' (known: " + labels + ")"));
      }
      if (t.text().isBlank()) {
        out.add(new Problem(annFile, t.line(), t.id() + ": empty span"));
      } else if (!t.text().equals(t.text().strip())) {
        out.add(new Problem(annFile, t.line(), t.id() + ": span starts or ends with white space"));
      }
      TextBound dup = seen.putIfAbsent(t.label() + " " + t.fragments(), t);
      if (dup != null) {
        out.add(new Problem(annFile, t.line(), t.id() + ": duplicate of " + dup.id() + " (same label and span)"));
      }
    }
    Set<String> attributed = new HashSet<>();
    for (Attribute a : doc.attributes()) {
      Optional<EventAnnotation> ev = doc.event(a.targetId());
      if (ev.isEmpty()) {
        out.add(new Problem(annFile, a.line(), a.id() + ": attribute " + a.name() + " must be on an event"));
        continue;
      }
      Scheme.EventType type = scheme.eventTypes().get(ev.get().type());
      if (type == null) {
        continue; // reported on the event
      }
      if (!type.attribute().equals(a.name())) {
        out.add(new Problem(annFile, a.line(), a.id() + ": " + ev.get().type() + " events carry " + type.attribute()
            + ", not " + a.name()));
      } else if (!type.values().contains(a.value())) {
        out.add(new Problem(annFile, a.line(), a.id() + ": " + a.name() + " must be one of " + type.values()
            + ", got '" + a.value() + "'"));
      } else if (!attributed.add(a.targetId())) {
        out.add(new Problem(annFile, a.line(), a.id() + ": second " + a.name() + " on " + a.targetId()));
      }
    }
    for (EventAnnotation e : doc.events()) {
      Scheme.EventType type = scheme.eventTypes().get(e.type());
      if (type == null) {
        out.add(new Problem(annFile, e.line(), e.id() + ": unknown event type '" + e.type() + "'"));
        continue;
      }
      TextBound trigger = doc.textBound(e.triggerId()).orElseThrow();
      if (!trigger.label().equals(e.type())) {
        out.add(new Problem(annFile, e.line(), e.id() + ": trigger " + trigger.id() + " is labelled " + trigger.label()
            + ", must be labelled " + e.type()));
      }
      Set<String> roles = new HashSet<>();
      for (EventAnnotation.Arg a : e.args()) {
        if (!type.rolesRequired().containsKey(a.role())) {
          out.add(new Problem(annFile, e.line(), e.id() + ": role " + a.role() + " is not a role of " + e.type()
              + " " + type.rolesRequired().keySet()));
        }
        if (!roles.add(a.role())) {
          out.add(new Problem(annFile, e.line(), e.id() + ": role " + a.role() + " given twice"));
        }
        Optional<TextBound> arg = doc.textBound(a.refId());
        if (arg.isEmpty()) {
          out.add(new Problem(annFile, e.line(), e.id() + ": argument " + a.refId() + " is not a text-bound annotation"));
        } else if (!arg.get().label().equals(a.role())) {
          out.add(new Problem(annFile, e.line(), e.id() + ": argument " + a.role() + ":" + a.refId() + " is labelled "
              + arg.get().label() + ", must be labelled " + a.role()));
        }
      }
      type.rolesRequired().forEach((role, required) -> {
        if (required && !roles.contains(role)) {
          out.add(new Problem(annFile, e.line(), e.id() + ": " + e.type() + " has no " + role));
        }
      });
      if (!attributed.contains(e.id())) {
        out.add(new Problem(annFile, e.line(), e.id() + ": no " + type.attribute() + " attribute"));
      }
    }
    for (Normalization n : doc.normalizations()) {
      if (!n.resource().equals("newsrel")) {
        out.add(new Problem(annFile, n.line(), n.id() + ": reference must be newsrel:ID, got " + n.resource() + ":"));
      } else if (!ID.matcher(n.entryId()).matches()) {
        out.add(new Problem(annFile, n.line(), n.id() + ": id '" + n.entryId()
            + "' is not lowercase words joined by hyphens (e.g. volodymyr-zelensky)"));
      }
      if (doc.textBound(n.targetId()).isEmpty()) {
        out.add(new Problem(annFile, n.line(), n.id() + ": must be on a text-bound annotation"));
      }
    }
    Map<String, Integer> idsPerTarget = new HashMap<>();
    for (Normalization n : doc.normalizations()) {
      if (idsPerTarget.merge(n.targetId(), 1, Integer::sum) == 2) {
        out.add(new Problem(annFile, n.line(), n.id() + ": second identity on " + n.targetId()));
      }
    }
    out.sort(Comparator.comparingInt(Problem::line));
    return out;
  }
}
