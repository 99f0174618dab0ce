package org.newsrel.quote;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.newsrel.core.TextSpan;

/**
 * A stage of the attribution annotator: attributions inside other attributions. Our gold
 * scheme annotates every level; PolNeAR gives each token at most one attribution, so with
 * {@code nested=false} the nesting model ({@link NestingModel}, features in
 * {@link NestingFeatures}) keeps an inner attribution it scores as one of its own (the outer
 * Content then ends before it) and every other attribution whose cue lies in another's
 * Content is dropped. Always dropped: a cue inside quotation marks (quoted speech, not a
 * report) and a hearsay adverb inside another attribution.
 */
final class NestingPass {

  private final boolean nested;
  private final NestingModel model; // null when switched off
  private final double splitFrom;

  /**
   * @param nested keep nested attributions (our gold scheme) instead of PolNeAR's univocal output
   * @param model the nesting model, or null to drop every nested attribution
   * @param splitFrom the model score from which an inner attribution is kept
   */
  NestingPass(boolean nested, NestingModel model, double splitFrom) {
    this.nested = nested;
    this.model = model;
    this.splitFrom = splitFrom;
  }

  /** With {@code nested=false}: splits what the model keeps, then drops the other nested attributions. */
  void apply(DocumentView view, Drafts drafts) {
    if (nested) {
      return;
    }
    List<Draft> all = drafts.list();
    if (model != null) {
      splitNested(view, all, model, splitFrom);
    }
    drafts.dropIf(d -> d.cueToken >= 0 && inOtherContent(d, all));
  }

  /**
   * Drops each attribution whose cue head lies inside quotation marks (quoted speech, not a
   * report); a layout cue (a colon speaker's colon) excepted.
   */
  static void dropQuotedCues(DocumentView view, Drafts drafts) {
    List<CoreLabel> tokens = view.tokens();
    drafts.dropIf(d -> d.cueToken >= 0 && view.quoteAt(tokens.get(d.cueToken).beginPosition()) != null
        && !d.layoutCue);
  }

  /**
   * Drops each attribution of a rule with the option {@code drop-inside-other} whose trigger
   * lies in another's Cue or Content: a hearsay adverb inside another attribution
   * ("reportedly said", "..., according to X") belongs to that attribution.
   */
  static void dropYieldingInsideOther(Drafts drafts) {
    List<Draft> all = drafts.list();
    drafts.dropIf(d -> d.dropInsideOther && insideOther(d, all));
  }

  /**
   * Keeps each inner attribution the nesting model scores as one of its own and ends the
   * outer Content before it (PolNeAR is univocal), dropping the punctuation and
   * conjunction that joined them; a cut that would leave the outer Content empty is not made.
   */
  private static void splitNested(DocumentView view, List<Draft> drafts, NestingModel model, double splitFrom) {
    for (NestingFeatures.Pair pair : NestingFeatures.pairs(view, drafts)) {
      if (model.score(pair.features()) < splitFrom) {
        continue;
      }
      Draft outer = pair.outer();
      int t = NestingFeatures.firstToken(view, pair.inner(), outer.cueToken) - 1;
      while (t >= 0 && joiner(view.token(t))) {
        t--;
      }
      if (t < 0) {
        continue;
      }
      int end = view.token(t).endPosition();
      List<TextSpan> kept = new ArrayList<>();
      for (TextSpan c : outer.content) {
        if (c.end() <= end) {
          kept.add(c);
        } else if (c.begin() < end) {
          kept.add(TextSpan.of(view.text(), c.begin(), end));
        }
      }
      if (!kept.isEmpty()) {
        outer.content.clear();
        outer.content.addAll(kept);
      }
    }
  }

  /** Punctuation or a conjunction between two clauses. */
  private static boolean joiner(CoreLabel tok) {
    String tag = tok.tag() == null ? "" : tok.tag();
    return tag.equals(",") || tag.equals(":") || tag.equals("CC") || tag.equals("-LRB-") || tag.equals("HYPH")
        || tok.word().equals("--") || tok.word().equals("\u2014") || tok.word().equals("\u2015");
  }

  private static boolean insideOther(Draft d, List<Draft> all) {
    for (Draft o : all) {
      if (o != d && (o.contentContains(d.trigger.begin())
          || o.cue != null && o.cue.begin() <= d.trigger.begin() && d.trigger.begin() < o.cue.end())) {
        return true;
      }
    }
    return false;
  }

  private static boolean inOtherContent(Draft d, List<Draft> all) {
    for (Draft o : all) {
      if (o != d && o.contentContains(d.trigger.begin()) && !d.contentContains(o.trigger.begin())
          // "X spoke about A, arguing that B": a participle the parser hung inside A that
          // borrowed X as its source continues X's report; it is not nested in A
          && !(d.source != null && o.source != null && d.source.begin() == o.source.begin()
              && d.source.end() == o.source.end())) {
        return true;
      }
    }
    return false;
  }
}
