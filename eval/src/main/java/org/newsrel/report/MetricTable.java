package org.newsrel.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.newsrel.score.AttributionScorer;
import org.newsrel.score.Bootstrap;
import org.newsrel.score.EntityScorer;
import org.newsrel.score.Interval;
import org.newsrel.score.NerCounts;
import org.newsrel.score.NerScheme;
import org.newsrel.score.Prf;
import org.newsrel.score.Production;

/**
 * Builds the comparison rows of the report from each system's scores. A row on something a
 * system does not produce (a layer, an entity type, an attribution role, a relation type:
 * {@link Production}) gets {@link Cell#notProduced()} for that system instead of its
 * zeros; rows over several types (micro, macro, nervaluate) need only the layer.
 */
final class MetricTable {

  private final List<String> systems;
  private final Map<String, SystemScores> scores;
  private final Map<String, Production> production;
  private final Bootstrap bootstrap;
  private final List<MetricRow> rows = new ArrayList<>();

  private MetricTable(List<String> systems, Map<String, SystemScores> scores, Map<String, Production> production,
      Bootstrap bootstrap) {
    this.systems = systems;
    this.scores = scores;
    this.production = production;
    this.bootstrap = bootstrap;
  }

  static List<MetricRow> rows(List<String> systems, Map<String, SystemScores> scores,
      Map<String, Production> production, Bootstrap bootstrap) {
    for (String s : systems) {
      if (!production.containsKey(s)) {
        throw new IllegalArgumentException("no production for system '" + s + "'");
      }
    }
    MetricTable t = new MetricTable(systems, scores, production, bootstrap);
    t.entities();
    t.identity();
    t.attributions();
    t.relations();
    t.windows();
    return List.copyOf(t.rows);
  }

  private void entities() {
    String l = "entities";
    prf(l, "micro strict", s -> s.entities().exactMicro(),
        s -> bootstrap.microF1(s.entities().exactMicroPerDocument()));
    prf(l, "named strict", s -> s.entities().exactNamed(),
        s -> bootstrap.microF1(s.entities().exactNamedPerDocument()));
    prf(l, "micro overlap", s -> s.entities().overlapMicro(), null);
    f1(l, "named overlap F1", s -> s.entities().overlapNamed());
    value(l, "macro over types strict F1", s -> Cell.of(s.entities().exactMacroOverTypes(), ""));
    value(l, "macro over types overlap F1", s -> Cell.of(s.entities().overlapMacroOverTypes(), ""));
    value(l, "macro over documents strict F1", s -> Cell.of(s.entities().exactMacroOverDocuments(), ""));
    for (String type : EntityScorer.LABELS) {
      if (scores.values().stream().noneMatch(s -> s.entities().types().contains(type))) {
        continue; // the gold set does not label this type (labels.conf)
      }
      Predicate<Production> need = p -> p.producesEntityType(type);
      f1(l, type + " strict F1", need, s -> s.entities().exact(type));
      f1(l, type + " overlap F1", need, s -> s.entities().overlap(type));
    }
    for (NerScheme scheme : NerScheme.values()) {
      String name = "nervaluate " + scheme.key();
      value(l, name + " P", s -> ner(s, scheme, NerCounts::precision));
      value(l, name + " R", s -> ner(s, scheme, NerCounts::recall));
      value(l, name + " F1", s -> ner(s, scheme, NerCounts::f1));
    }
  }

  private static Cell ner(SystemScores s, NerScheme scheme, Function<NerCounts, OptionalDouble> f) {
    NerCounts c = s.entities().nervaluate(scheme);
    return Cell.of(f.apply(c), "COR=" + c.cor() + " INC=" + c.inc() + " PAR=" + c.par() + " MIS=" + c.mis()
        + " SPU=" + c.spu());
  }

  private void identity() {
    String l = "identity";
    value(l, "B-cubed P", s -> Cell.of(s.identity().corpus().bcubed().precision(), mentions(s)));
    value(l, "B-cubed R", s -> Cell.of(s.identity().corpus().bcubed().recall(), mentions(s)));
    Map<String, Cell> f1 = new LinkedHashMap<>();
    for (String system : systems) {
      SystemScores s = scores.get(system);
      f1.put(system, !production.get(system).produces(l) ? Cell.notProduced()
          : Cell.of(s.identity().corpus().bcubed().f1(), mentions(s)).withCi(s.identity().bcubedF1Interval(bootstrap)));
    }
    rows.add(new MetricRow(l, "B-cubed F1", true, f1));
    prf(l, "pairwise", s -> s.identity().corpus().pairwise(), null);
  }

  private static String mentions(SystemScores s) {
    var v = s.identity().corpus();
    return "gold=" + v.goldMentions() + " predicted=" + v.predictedMentions() + " aligned=" + v.alignedMentions();
  }

  private void attributions() {
    String l = "attributions";
    for (String role : AttributionScorer.ROLES) {
      Predicate<Production> need = p -> p.producesRole(role);
      prf(l, role + " exact", need, s -> s.attributions().exact(role),
          s -> bootstrap.microF1(s.attributions().exactPerDocument(role)));
      f1(l, role + " normalised exact F1", need, s -> s.attributions().normalised(role));
      prf(l, role + " overlap", need, s -> s.attributions().overlap(role),
          s -> bootstrap.microF1(s.attributions().overlapPerDocument(role)));
    }
    // Headline: speaker ids compared through the corpus-wide id alignment; the "(id strings)"
    // rows compare the id strings themselves, as reports did before, and stay for comparison.
    value(l, "speaker accuracy", s -> Cell.accuracy(s.attributions().speaker()));
    value(l, "speaker accuracy (id strings)", s -> Cell.accuracy(s.attributions().speakerStrings()));
    prf(l, "end-to-end", s -> s.attributions().endToEnd(),
        s -> bootstrap.microF1(s.attributions().endToEndPerDocument()));
    f1(l, "end-to-end (id strings) F1", s -> s.attributions().endToEndStrings());
    value(l, "end-to-end macro over documents F1", s -> Cell.of(s.attributions().endToEndMacro(), ""));
    value(l, "kind accuracy", s -> Cell.accuracy(s.attributions().kind()));
  }

  private void relations() {
    String l = "relations";
    TreeSet<String> types = new TreeSet<>();
    TreeSet<String> roles = new TreeSet<>();
    scores.values().forEach(s -> {
      types.addAll(s.relations().types());
      roles.addAll(s.relations().roles());
    });
    for (String type : types) {
      Predicate<Production> need = p -> p.producesRelation(type);
      f1(l, type + " trigger exact F1", need, s -> s.relations().triggerExact(type));
      prf(l, type + " trigger overlap", need, s -> s.relations().triggerOverlap(type),
          s -> bootstrap.microF1(s.relations().triggerOverlapPerDocument(type)));
      prf(l, type + " strict event", need, s -> s.relations().strict(type),
          s -> bootstrap.microF1(s.relations().strictPerDocument(type)));
      value(l, type + " modality accuracy", need, s -> Cell.accuracy(s.relations().modality(type)));
      for (String role : roles) {
        if (role.startsWith(type + " ")) {
          prf(l, role + " head", need, s -> s.relations().roleHead(role), null);
          f1(l, role + " exact F1", need, s -> s.relations().roleExact(role));
          f1(l, role + " overlap F1", need, s -> s.relations().roleOverlap(role));
        }
      }
    }
    if (!types.isEmpty()) {
      f1(l, "all types strict event F1", s -> s.relations().strictAll());
      value(l, "strict event macro over documents F1", s -> Cell.of(s.relations().strictMacroOverDocuments(), ""));
    }
  }

  /** One-event-per-window (RAMS) rows, when some system was scored that way. */
  private void windows() {
    String l = EvalReport.WINDOW_LAYER;
    TreeSet<String> types = new TreeSet<>();
    TreeSet<String> roles = new TreeSet<>();
    scores.values().forEach(s -> s.windows().ifPresent(w -> {
      types.addAll(w.types());
      roles.addAll(w.roles());
    }));
    for (String type : types) {
      value(l, type + " trigger recall", s -> window(s, w -> w.triggers(type).recall(), w -> w.triggers(type)));
      value(l, type + " sentence-local precision",
          s -> window(s, w -> w.triggers(type).precision(), w -> w.triggers(type)));
      value(l, type + " argument recall on matched events",
          s -> window(s, w -> w.allRoles(type).recall(), w -> w.allRoles(type)));
      for (String role : roles) {
        if (role.startsWith(type + " ")) {
          value(l, role + " recall on matched events", s -> window(s, w -> w.role(role).recall(), w -> w.role(role)));
        }
      }
    }
  }

  private static Cell window(SystemScores s, Function<org.newsrel.score.WindowEventScorer.Scores, OptionalDouble> v,
      Function<org.newsrel.score.WindowEventScorer.Scores, Prf> counts) {
    return s.windows().map(w -> Cell.of(v.apply(w), counts.apply(w))).orElse(Cell.of(OptionalDouble.empty(), ""));
  }

  /** P, R and F1 rows; the F1 row gets an interval when {@code ci} is given (a headline). */
  private void prf(String layer, String name, Function<SystemScores, Prf> f,
      Function<SystemScores, Optional<Interval>> ci) {
    prf(layer, name, p -> p.produces(layer), f, ci);
  }

  private void prf(String layer, String name, Predicate<Production> need, Function<SystemScores, Prf> f,
      Function<SystemScores, Optional<Interval>> ci) {
    value(layer, name + " P", need, s -> Cell.of(f.apply(s).precision(), f.apply(s)));
    value(layer, name + " R", need, s -> Cell.of(f.apply(s).recall(), f.apply(s)));
    Map<String, Cell> cells = new LinkedHashMap<>();
    for (String system : systems) {
      SystemScores s = scores.get(system);
      Prf p = f.apply(s);
      cells.put(system, !produces(system, layer, need) ? Cell.notProduced()
          : Cell.of(p.f1(), p).withCi(ci == null ? Optional.empty() : ci.apply(s)));
    }
    rows.add(new MetricRow(layer, name + " F1", ci != null, cells));
  }

  private void f1(String layer, String name, Function<SystemScores, Prf> f) {
    f1(layer, name, p -> p.produces(layer), f);
  }

  private void f1(String layer, String name, Predicate<Production> need, Function<SystemScores, Prf> f) {
    value(layer, name, need, s -> Cell.of(f.apply(s).f1(), f.apply(s)));
  }

  private void value(String layer, String name, Function<SystemScores, Cell> f) {
    value(layer, name, p -> p.produces(layer), f);
  }

  private void value(String layer, String name, Predicate<Production> need, Function<SystemScores, Cell> f) {
    Map<String, Cell> cells = new LinkedHashMap<>();
    for (String system : systems) {
      cells.put(system, produces(system, layer, need) ? f.apply(scores.get(system)) : Cell.notProduced());
    }
    rows.add(new MetricRow(layer, name, false, cells));
  }

  /** The layer and the row's own part of it (type, role) are produced. */
  private boolean produces(String system, String layer, Predicate<Production> need) {
    Production p = production.get(system);
    return p.produces(layer) && need.test(p);
  }
}
