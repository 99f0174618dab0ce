package org.newsrel.identity;

import java.util.HashMap;
import java.util.Map;
import org.newsrel.core.Event;
import org.newsrel.relation.RelationAnnotator;
import org.newsrel.relation.RelationRules;
import org.newsrel.relation.RuleFileParser;

/**
 * The two sides of each relation's events, as the relation rule files declare them in their
 * {@code sides} line ({@code capture.rules}: the Captor is the agent, the Captive the affected
 * party, who is "captured"). Identity reads events through it instead of knowing relation
 * types itself. A relation without a {@code sides} line, or an event type no rule file
 * defines, has no sides. Immutable; thread-safe.
 */
final class EventSides {

  private final Map<String, RelationRules.Sides> byType;

  private EventSides(Map<String, RelationRules.Sides> byType) {
    this.byType = Map.copyOf(byType);
  }

  /**
   * The sides of the relations in {@code relations} (comma-separated names or paths, as
   * {@code RelationAnnotator}'s {@code relations} property), read with {@link RuleFileParser};
   * errors name {@code annotatorName}, the file and the line.
   */
  static EventSides load(String annotatorName, String relations) {
    RuleFileParser parser = new RuleFileParser(annotatorName);
    Map<String, RelationRules.Sides> out = new HashMap<>();
    for (String name : relations.split("\\s*,\\s*")) {
      if (!name.isBlank()) {
        RelationRules rules = parser.load(name);
        if (rules.sides() != null) {
          out.put(rules.type(), rules.sides());
        }
      }
    }
    return new EventSides(out);
  }

  /** The sides of the built-in relations ({@link RelationAnnotator#DEFAULT_RELATIONS}). */
  static EventSides defaults() {
    return load("newsrel_identity", RelationAnnotator.DEFAULT_RELATIONS);
  }

  /** The argument role of the agent of events of this type (Captor, Killer), or "" when none is declared. */
  String agent(String eventType) {
    RelationRules.Sides s = byType.get(eventType);
    return s == null ? "" : s.agent();
  }

  /** The argument role of the affected party of events of this type (Captive, Victim), or "". */
  String affected(String eventType) {
    RelationRules.Sides s = byType.get(eventType);
    return s == null ? "" : s.affected();
  }

  /**
   * The group role an event gives its affected party (captured, killed): only an asserted
   * event does; null for another modality or a type without sides.
   */
  String affectedRole(Event e) {
    RelationRules.Sides s = byType.get(e.type());
    if (s == null || !e.attribute("Modality").orElse("Asserted").equals("Asserted")) {
      return null;
    }
    return s.affectedRole();
  }
}
