package org.newsrel.score;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.BiPredicate;
import org.newsrel.brat.BratDocument;
import org.newsrel.brat.EventAnnotation;
import org.newsrel.brat.Note;
import org.newsrel.brat.TextBound;

/**
 * Scores attributions: events of type {@code Attribution} and {@code Attribution-no-source}
 * with roles Source, Cue and Content (numbered roles such as {@code Content2} count as
 * their base role).
 * <ul>
 *   <li>Per role, the role's argument spans of all attributions in a document (one per
 *       text-bound) matched exactly, by overlap, and by {@link ContentNormaliser normalised}
 *       exact match.</li>
 *   <li>Attributions are aligned one-to-one by overlap of their (first) Content spans;
 *       an attribution without a Content (PolNeAR has a few) is aligned by its trigger with
 *       another attribution without a Content.</li>
 *   <li>Speaker accuracy: over aligned pairs whose gold Source has a canonical id, the
 *       fraction whose predicted Source's id <em>maps</em> to that gold id. Canonical ids are
 *       labels each system invents ({@code striking-miners} in one,
 *       {@code miners-on-strike} in another), so, as in coreference scoring, they
 *       are compared through a one-to-one alignment of predicted ids to gold ids built over
 *       the whole corpus from the id-carrying mentions (the CEAF-style entity alignment of
 *       {@link IdentityScorer#idAlignment}): a system is judged on resolving the speaker to
 *       the right entity, not on how it names it. A predicted id with no aligned mention maps
 *       to nothing, so its speaker is wrong.</li>
 *   <li>Speaker accuracy (id strings): the same pairs, right when the two id strings are
 *       equal: the measure of earlier reports, kept so they stay comparable; only a system
 *       that names entities exactly as the gold set does can score on it.</li>
 *   <li>End-to-end: an aligned pair is a true positive when the speaker is right: the
 *       predicted id maps to the gold id when both Sources have one; otherwise the Sources
 *       overlap-match; two attributions without a Source are also right. Every other gold
 *       attribution is a false negative, every other predicted one a false positive.
 *       End-to-end (id strings) is the same with equal id strings in place of the
 *       mapping.</li>
 *   <li>Kind accuracy: over aligned pairs whose gold event has a {@code Kind} attribute,
 *       the fraction with the same predicted {@code Kind}.</li>
 * </ul>
 * Errors listed are those of the per-role overlap matching. The id alignment of
 * {@link #score} is fixed over the corpus it is given (bootstrap resamples reuse it);
 * {@link #scoreDocument(DocumentPair)} alone aligns the ids of that one document.
 */
public final class AttributionScorer {

  public static final Set<String> TYPES = Set.of("Attribution", "Attribution-no-source");
  public static final List<String> ROLES = List.of("Source", "Cue", "Content");

  private final double overlapThreshold;

  public AttributionScorer(double overlapThreshold) {
    SpanMatcher.checkThreshold(overlapThreshold);
    this.overlapThreshold = overlapThreshold;
  }

  /** One attribution as the scorer sees it. */
  public record Attribution(String eventId, Span trigger, Optional<Span> source, Optional<Span> content,
      Optional<String> speaker, Optional<String> kind, OptionalDouble confidence) {

    /** The span attributions are aligned by: the Content, or the trigger when there is none. */
    public Span anchor() {
      return content.orElse(trigger);
    }
  }

  public AttributionScores score(List<DocumentPair> documents) {
    Map<String, String> ids = IdentityScorer.idAlignment(documents.stream().map(IdentityScorer::mentions).toList());
    return new AttributionScores(documents.stream().map(d -> scoreDocument(d, ids)).toList());
  }

  /** Scores one document with the ids aligned over that document alone. */
  public AttributionScores.Document scoreDocument(DocumentPair pair) {
    return scoreDocument(pair, IdentityScorer.idAlignment(List.of(IdentityScorer.mentions(pair))));
  }

  /**
   * Scores one document.
   *
   * @param ids predicted canonical id → gold canonical id ({@link IdentityScorer#idAlignment})
   */
  public AttributionScores.Document scoreDocument(DocumentPair pair, Map<String, String> ids) {
    String text = pair.text();
    Map<String, Prf> exact = new LinkedHashMap<>();
    Map<String, Prf> overlap = new LinkedHashMap<>();
    Map<String, Prf> normalised = new LinkedHashMap<>();
    List<SpanError> errors = new ArrayList<>();
    for (String role : ROLES) {
      List<Span> g = roleSpans(pair.gold(), role);
      List<Span> p = roleSpans(pair.predicted(), role);
      exact.put(role, SpanMatcher.exactSameLabel(g, p).prf());
      Alignment<Span> ov = SpanMatcher.overlapSameLabel(g, p, overlapThreshold);
      overlap.put(role, ov.prf());
      normalised.put(role, SpanMatcher.greedy(g, p, s -> s, ContentNormaliser.matcher(text)).prf());
      errors.addAll(SpanError.of("attribution " + role, ov));
    }
    List<Attribution> gold = attributions(pair.gold());
    List<Attribution> predicted = attributions(pair.predicted());
    Alignment<Attribution> aligned = align(gold, predicted);
    BiPredicate<String, String> mapped = (g, p) -> g.equals(ids.get(p));
    BiPredicate<String, String> sameString = String::equals;
    int tp = 0;
    int tpStrings = 0;
    Accuracy speaker = Accuracy.ZERO;
    Accuracy speakerStrings = Accuracy.ZERO;
    Accuracy kind = Accuracy.ZERO;
    Set<String> right = new HashSet<>();
    for (Alignment.Pair<Attribution> m : aligned.matches()) {
      Attribution g = m.gold();
      Attribution p = m.predicted();
      if (speakerRight(g, p, mapped)) {
        tp++;
        right.add(p.eventId());
      }
      if (speakerRight(g, p, sameString)) {
        tpStrings++;
      }
      if (g.source().isPresent() && g.speaker().isPresent()) {
        speaker = speaker.plus(Accuracy.of(sameSpeaker(g, p, mapped)));
        speakerStrings = speakerStrings.plus(Accuracy.of(sameSpeaker(g, p, sameString)));
      }
      if (g.kind().isPresent()) {
        kind = kind.plus(Accuracy.of(g.kind().equals(p.kind())));
      }
    }
    Prf endToEnd = new Prf(tp, predicted.size() - tp, gold.size() - tp);
    Prf endToEndStrings = new Prf(tpStrings, predicted.size() - tpStrings, gold.size() - tpStrings);
    errors.sort(null);
    List<Calibration.Judged> judged = new ArrayList<>();
    for (Attribution p : predicted) {
      p.confidence().ifPresent(c -> judged.add(new Calibration.Judged(c, right.contains(p.eventId()))));
    }
    return new AttributionScores.Document(pair.name(), exact, overlap, normalised, speaker, speakerStrings,
        endToEnd, endToEndStrings, kind, aligned.matches().size(), errors, judged);
  }

  /**
   * For each predicted attribution (in the order given), whether it is an end-to-end true
   * positive against the gold ones: aligned one-to-one by Content overlap and with the speaker
   * right, ids compared as strings (the measure used where no corpus-wide id alignment exists,
   * as in training on PolNeAR, which has no ids).
   */
  public List<Boolean> rightEndToEnd(List<Attribution> gold, List<Attribution> predicted) {
    Alignment<Attribution> aligned = align(gold, predicted);
    Set<Attribution> right = new HashSet<>();
    for (Alignment.Pair<Attribution> m : aligned.matches()) {
      if (speakerRight(m.gold(), m.predicted(), String::equals)) {
        right.add(m.predicted());
      }
    }
    return predicted.stream().map(right::contains).toList();
  }

  /** Gold and predicted attributions aligned one-to-one by Content overlap (by trigger when neither has a Content). */
  private Alignment<Attribution> align(List<Attribution> gold, List<Attribution> predicted) {
    return SpanMatcher.overlap(gold, predicted, Attribution::anchor, overlapThreshold,
        (a, b) -> a.content().isPresent() == b.content().isPresent());
  }

  /** Both Sources carry ids and {@code same} holds of (gold id, predicted id). */
  private static boolean sameSpeaker(Attribution g, Attribution p, BiPredicate<String, String> same) {
    return g.speaker().isPresent() && p.speaker().isPresent() && same.test(g.speaker().get(), p.speaker().get());
  }

  private boolean speakerRight(Attribution g, Attribution p, BiPredicate<String, String> same) {
    if (g.speaker().isPresent() && p.speaker().isPresent()) {
      return sameSpeaker(g, p, same);
    }
    if (g.source().isPresent() && p.source().isPresent()) {
      double j = g.source().get().jaccard(p.source().get());
      return j > 0 && j >= overlapThreshold;
    }
    return g.source().isEmpty() && p.source().isEmpty();
  }

  /** The spans filling {@code role} in the document's attributions, one per text-bound, in offset order. */
  public static List<Span> roleSpans(BratDocument d, String role) {
    List<Span> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (EventAnnotation e : d.events()) {
      if (!TYPES.contains(e.type())) {
        continue;
      }
      for (EventAnnotation.Arg a : e.args()) {
        if (Roles.base(a.role()).equals(role) && seen.add(a.refId())) {
          d.textBound(a.refId()).ifPresent(t -> out.add(Span.of(d.name(), t).withLabel(role)));
        }
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * The confidence a system gave an event: a brat note {@code #1 AnnotatorNotes E4 confidence=0.83}
   * (newsrel writes one per event), if there is one and it parses as a number in [0, 1].
   */
  public static OptionalDouble confidence(BratDocument d, String eventId) {
    for (Note n : d.notes()) {
      if (n.targetId().equals(eventId) && n.text().startsWith(Note.CONFIDENCE_PREFIX)) {
        try {
          double c = Double.parseDouble(n.text().substring(Note.CONFIDENCE_PREFIX.length()).trim());
          if (c >= 0 && c <= 1) {
            return OptionalDouble.of(c);
          }
        } catch (NumberFormatException e) {
          return OptionalDouble.empty();
        }
      }
    }
    return OptionalDouble.empty();
  }

  /** The document's attributions in file order. */
  public static List<Attribution> attributions(BratDocument d) {
    List<Attribution> out = new ArrayList<>();
    for (EventAnnotation e : d.events()) {
      if (!TYPES.contains(e.type())) {
        continue;
      }
      Optional<TextBound> source = e.arg("Source").flatMap(d::textBound);
      Optional<TextBound> content = e.arg("Content").flatMap(d::textBound);
      out.add(new Attribution(e.id(), Span.of(d.name(), d.textBound(e.triggerId()).orElseThrow()),
          source.map(t -> Span.of(d.name(), t).withLabel("Source")),
          content.map(t -> Span.of(d.name(), t).withLabel("Content")),
          source.flatMap(t -> d.canonicalId(t.id())),
          d.attribute(e.id(), "Kind"), confidence(d, e.id())));
    }
    return out;
  }
}
