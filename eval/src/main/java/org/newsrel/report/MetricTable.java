package org.newsrel.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.function.Function;
import org.newsrel.score.AttributionScorer;
import org.newsrel.score.Bootstrap;
import org.newsrel.score.EntityScorer;
import org.newsrel.score.Interval;
import org.newsrel.score.NerCounts;
import org.newsrel.score.NerScheme;
import org.newsrel.score.Prf;

/** Builds the comparison rows of the report from each system's scores. */
final class MetricTable {

  private final List<String> systems;
  private final Map<String, SystemScores> scores;
  private final Bootstrap bootstrap;
  private final List<MetricRow> rows = new ArrayList<>();

  private MetricTable(List<String> systems, Map<String, SystemScores> scores, Bootstrap bootstrap) {
    this.systems = systems;
    this.scores = scores;
    this.bootstrap = bootstrap;
  }

  static List<MetricRow> rows(List<String> systems, Map<String, SystemScores> scores, Bootstrap bootstrap) {
    MetricTable t = new MetricTable(systems, scores, bootstrap);
    t.entities();
    t.identity();
    t.attributions();
    t.relations();
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
      f1(l, type + " strict F1", s -> s.entities().exact(type));
      f1(l, type + " overlap F1", s -> s.entities().overlap(type));
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
      f1.put(system, Cell.of(s.identity().corpus().bcubed().f1(), mentions(s))
          .withCi(s.identity().bcubedF1Interval(bootstrap)));
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
      f1(l, role + " exact F1", s -> s.attributions().exact(role));
      f1(l, role + " normalised exact F1", s -> s.attributions().normalised(role));
      prf(l, role + " overlap", s -> s.attributions().overlap(role),
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
      f1(l, type + " trigger exact F1", s -> s.relations().triggerExact(type));
      prf(l, type + " trigger overlap", s -> s.relations().triggerOverlap(type),
          s -> bootstrap.microF1(s.relations().triggerOverlapPerDocument(type)));
      prf(l, type + " strict event", s -> s.relations().strict(type),
          s -> bootstrap.microF1(s.relations().strictPerDocument(type)));
      value(l, type + " modality accuracy", s -> Cell.accuracy(s.relations().modality(type)));
      for (String role : roles) {
        if (role.startsWith(type + " ")) {
          prf(l, role + " head", s -> s.relations().roleHead(role), null);
          f1(l, role + " exact F1", s -> s.relations().roleExact(role));
          f1(l, role + " overlap F1", s -> s.relations().roleOverlap(role));
        }
      }
    }
    if (!types.isEmpty()) {
      f1(l, "all types strict event F1", s -> s.relations().strictAll());
      value(l, "strict event macro over documents F1", s -> Cell.of(s.relations().strictMacroOverDocuments(), ""));
    }
  }

  /** P, R and F1 rows; the F1 row gets an interval when {@code ci} is given (a headline). */
  private void prf(String layer, String name, Function<SystemScores, Prf> f,
      Function<SystemScores, Optional<Interval>> ci) {
    value(layer, name + " P", s -> Cell.of(f.apply(s).precision(), f.apply(s)));
    value(layer, name + " R", s -> Cell.of(f.apply(s).recall(), f.apply(s)));
    Map<String, Cell> cells = new LinkedHashMap<>();
    for (String system : systems) {
      SystemScores s = scores.get(system);
      Prf p = f.apply(s);
      cells.put(system, Cell.of(p.f1(), p).withCi(ci == null ? Optional.empty() : ci.apply(s)));
    }
    rows.add(new MetricRow(layer, name + " F1", ci != null, cells));
  }

  private void f1(String layer, String name, Function<SystemScores, Prf> f) {
    value(layer, name, s -> Cell.of(f.apply(s).f1(), f.apply(s)));
  }

  private void value(String layer, String name, Function<SystemScores, Cell> f) {
    Map<String, Cell> cells = new LinkedHashMap<>();
    for (String system : systems) {
      cells.put(system, f.apply(scores.get(system)));
    }
    rows.add(new MetricRow(layer, name, false, cells));
  }
}
