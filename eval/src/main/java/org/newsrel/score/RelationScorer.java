package org.newsrel.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import org.newsrel.brat.BratDocument;
import org.newsrel.brat.EventAnnotation;

/**
 * Scores relation events: every event type other than the attribution types (Capture, Kill,
 * and whatever else appears in gold or predictions).
 * <ul>
 *   <li>Per type, trigger exact and overlap Prf (same type required).</li>
 *   <li>Events are paired one-to-one by trigger overlap (same type). Per type and role
 *       (numbered roles fold into their base role), argument Prf over the paired events: a
 *       gold filler matched by a predicted filler of the same role is a true positive, a
 *       gold filler without one a false negative, a predicted filler without one a false
 *       positive; every filler of an unpaired event is a false negative (gold) or false
 *       positive (predicted). Fillers are matched one-to-one under three rules:
 *       {@link HeadFinder head match} (the headline), exact and overlap.</li>
 *   <li>Modality accuracy over paired events (attribute {@code Modality}; absent on both
 *       sides counts as equal).</li>
 *   <li>Strict event Prf: a paired event is a true positive when the set of roles is the
 *       same, every filler of every role head-matches one-to-one and the Modality is
 *       equal.</li>
 * </ul>
 * Errors listed: trigger (overlap) and argument (head match) false positives and negatives.
 * Role keys are {@code "Type Role"}, e.g. {@code "Capture Captive"}.
 */
public final class RelationScorer {

  private final double overlapThreshold;

  public RelationScorer(double overlapThreshold) {
    SpanMatcher.checkThreshold(overlapThreshold);
    this.overlapThreshold = overlapThreshold;
  }

  /** One relation event as the scorer sees it; fillers per base role in offset order. */
  public record Event(String type, Span trigger, Map<String, List<Span>> roles, Optional<String> modality) {}

  public RelationScores score(List<DocumentPair> documents) {
    return new RelationScores(documents.stream().map(this::scoreDocument).toList());
  }

  public RelationScores.Document scoreDocument(DocumentPair pair) {
    String text = pair.text();
    List<Event> gold = events(pair.gold());
    List<Event> predicted = events(pair.predicted());
    TreeSet<String> types = new TreeSet<>();
    gold.forEach(e -> types.add(e.type()));
    predicted.forEach(e -> types.add(e.type()));

    Map<String, Prf> triggerExact = new TreeMap<>();
    Map<String, Prf> triggerOverlap = new TreeMap<>();
    Map<String, Prf> strict = new TreeMap<>();
    Map<String, Accuracy> modality = new TreeMap<>();
    Map<String, Prf> head = new TreeMap<>();
    Map<String, Prf> exactArgs = new TreeMap<>();
    Map<String, Prf> overlapArgs = new TreeMap<>();
    List<SpanError> errors = new ArrayList<>();

    BiPredicate<Span, Span> headRule = (g, p) -> HeadFinder.headMatch(text, g, p);
    BiPredicate<Span, Span> exactRule = Span::sameFragments;
    BiPredicate<Span, Span> overlapRule = (g, p) -> g.jaccard(p) > 0 && g.jaccard(p) >= overlapThreshold;

    for (String type : types) {
      List<Event> g = gold.stream().filter(e -> e.type().equals(type)).toList();
      List<Event> p = predicted.stream().filter(e -> e.type().equals(type)).toList();
      triggerExact.put(type, SpanMatcher.exact(g, p, Event::trigger, (a, b) -> true).prf());
      Alignment<Event> paired = SpanMatcher.overlap(g, p, Event::trigger, overlapThreshold, (a, b) -> true);
      triggerOverlap.put(type, paired.prf());
      paired.missed().forEach(e -> errors.add(new SpanError(type + " trigger", e.trigger(), ErrorKind.FN)));
      paired.spurious().forEach(e -> errors.add(new SpanError(type + " trigger", e.trigger(), ErrorKind.FP)));

      int strictTp = 0;
      Accuracy mod = Accuracy.ZERO;
      for (Alignment.Pair<Event> m : paired.matches()) {
        TreeSet<String> roles = new TreeSet<>(m.gold().roles().keySet());
        roles.addAll(m.predicted().roles().keySet());
        boolean allRight = m.gold().roles().keySet().equals(m.predicted().roles().keySet());
        for (String role : roles) {
          List<Span> gf = m.gold().roles().getOrDefault(role, List.of());
          List<Span> pf = m.predicted().roles().getOrDefault(role, List.of());
          String key = type + " " + role;
          Alignment<Span> byHead = SpanMatcher.greedy(gf, pf, s -> s, headRule);
          Sums.add(head, key, byHead.prf());
          Sums.add(exactArgs, key, SpanMatcher.greedy(gf, pf, s -> s, exactRule).prf());
          Sums.add(overlapArgs, key, SpanMatcher.greedy(gf, pf, s -> s, overlapRule).prf());
          errors.addAll(SpanError.of(key, byHead));
          allRight &= byHead.missed().isEmpty() && byHead.spurious().isEmpty();
        }
        boolean sameModality = m.gold().modality().equals(m.predicted().modality());
        mod = mod.plus(Accuracy.of(sameModality));
        if (allRight && sameModality) {
          strictTp++;
        }
      }
      for (Event e : paired.missed()) {
        e.roles().forEach((role, fillers) -> unpaired(type + " " + role, fillers, ErrorKind.FN,
            head, exactArgs, overlapArgs, errors));
      }
      for (Event e : paired.spurious()) {
        e.roles().forEach((role, fillers) -> unpaired(type + " " + role, fillers, ErrorKind.FP,
            head, exactArgs, overlapArgs, errors));
      }
      strict.put(type, new Prf(strictTp, p.size() - strictTp, g.size() - strictTp));
      modality.put(type, mod);
    }
    errors.sort(null);
    return new RelationScores.Document(pair.name(), triggerExact, triggerOverlap, strict, modality, head, exactArgs,
        overlapArgs, errors);
  }

  private static void unpaired(String key, List<Span> fillers, ErrorKind kind, Map<String, Prf> head,
      Map<String, Prf> exact, Map<String, Prf> overlap, List<SpanError> errors) {
    Prf p = kind == ErrorKind.FN ? new Prf(0, 0, fillers.size()) : new Prf(0, fillers.size(), 0);
    Sums.add(head, key, p);
    Sums.add(exact, key, p);
    Sums.add(overlap, key, p);
    fillers.forEach(s -> errors.add(new SpanError(key, s, kind)));
  }

  /** The document's relation events in file order (arguments that are not text-bounds are skipped). */
  public static List<Event> events(BratDocument d) {
    List<Event> out = new ArrayList<>();
    for (EventAnnotation e : d.events()) {
      if (AttributionScorer.TYPES.contains(e.type())) {
        continue;
      }
      Span trigger = Span.of(d.name(), d.textBound(e.triggerId()).orElseThrow()).withLabel(e.type());
      Map<String, List<Span>> roles = new LinkedHashMap<>();
      Map<String, Boolean> seen = new HashMap<>();
      for (EventAnnotation.Arg a : e.args()) {
        String role = Roles.base(a.role());
        if (seen.put(role + "\t" + a.refId(), true) != null) {
          continue;
        }
        d.textBound(a.refId()).ifPresent(t ->
            roles.computeIfAbsent(role, k -> new ArrayList<>()).add(Span.of(d.name(), t).withLabel(role)));
      }
      roles.values().forEach(l -> l.sort(null));
      out.add(new Event(e.type(), trigger, roles, d.attribute(e.id(), "Modality")));
    }
    return out;
  }
}
