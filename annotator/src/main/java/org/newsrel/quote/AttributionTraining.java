package org.newsrel.quote;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.newsrel.layout.Layout;

/**
 * The training interface of {@code newsrel_attribution}: what each trained model of the
 * annotator sees, taken from the annotator's own stages on an annotated document, so that
 * training data and annotation cannot drift apart ({@code TrainAttribution},
 * {@code TrainCues} and {@code TrainConfidence} in eval use it). Kept off
 * {@link AttributionAnnotator}, whose public face is CoreNLP's {@code Annotator} contract.
 *
 * <p>Built from the same name and properties as the annotator (the stages then run with
 * exactly those settings: e.g. {@code cueClassifier=none} for the rules alone), or from an
 * annotator already built. Stateless per document, so one instance may serve many threads.
 */
public final class AttributionTraining {

  private final AttributionAnnotator annotator;

  /** The training interface of an annotator built from {@code name} and {@code props}. */
  public AttributionTraining(String name, Properties props) {
    this(new AttributionAnnotator(name, props));
  }

  /** The training interface of {@code annotator} (its stages and settings). */
  public AttributionTraining(AttributionAnnotator annotator) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
  }

  /** The annotator whose stages this reads. */
  public AttributionAnnotator annotator() {
    return annotator;
  }

  /**
   * The attributions of an annotated document with the confidence model's features, in the
   * order {@link AttributionAnnotator#annotate} writes them (for training the confidence model).
   */
  public List<ConfidenceFeatures.Example> confidenceExamples(Annotation doc) {
    DocumentView view = AttributionAnnotator.view(doc);
    return annotator.finalDrafts(view, Layout.of(doc)).stream()
        .map(d -> new ConfidenceFeatures.Example(d.toEvent(view.quotes()), ConfidenceFeatures.of(view, d)))
        .toList();
  }

  /**
   * The Content boundary candidates of an annotated document's attributions as the rules
   * make them, before the boundary model chooses (for training), {@code window} tokens
   * either side.
   */
  public List<BoundaryChoice> boundaryChoices(Annotation doc, int window) {
    DocumentView view = AttributionAnnotator.view(doc);
    return ContentBoundaries.choices(view, annotator.drafts(view), window).stream()
        .filter(Objects::nonNull).toList();
  }

  /**
   * The attribution pairs of an annotated document whose inner cue lies in the outer
   * Content, before nesting is resolved, with the nesting model's features (for training).
   */
  public List<NestedPair> nestedPairs(Annotation doc) {
    DocumentView view = AttributionAnnotator.view(doc);
    return NestingFeatures.pairs(view, annotator.firstPass(view).list()).stream()
        .map(NestingFeatures.Pair::export).toList();
  }

  /**
   * The cue classifier's candidates of an annotated document, with the rules' verdicts as
   * features, exactly as the annotator sees them before combining (for training).
   */
  public List<CueCandidate> cueCandidates(Annotation doc) {
    DocumentView view = AttributionAnnotator.view(doc);
    return CueFeatures.candidates(view, annotator.lexicon(), annotator.ruleDrafts(view));
  }
}
