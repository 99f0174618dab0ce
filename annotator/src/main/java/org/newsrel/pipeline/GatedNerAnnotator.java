package org.newsrel.pipeline;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Properties;
import org.newsrel.core.AnnotatorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP's {@code ner} annotator with SUTime run only where a time expression can be.
 *
 * <p>Profiling the newsrel pipeline showed SUTime (TokensRegex over every token of every
 * sentence) costing about 85% of the {@code ner} step, 5x the CRF itself. Most news
 * sentences contain no date, time or number at all. This annotator is the stock
 * {@link NERCombinerAnnotator}, configured by the same {@code ner.*} properties, except
 * that a sentence goes through the numeric classifiers <em>with</em> SUTime only when it
 * contains a trigger: a token with a digit, a token tagged {@code CD}, or a word of the
 * trigger list (months, weekdays, time units, deictic time words, number words, money
 * words; see {@code temporal-triggers.txt}). Other sentences get the same CRF and the
 * numeric classifiers without SUTime. Sentences with a trigger get exactly the stock
 * output; the benchmark reports how many token tags differ elsewhere.
 *
 * <p>The CRF is loaded once and shared by both paths (read from the stock annotator by
 * reflection, CoreNLP 4.5.10; if that fails the gate is switched off with a warning and
 * the output is exactly stock).
 *
 * <p>Properties (under {@code NAME.}; unknown ones are rejected; all {@code ner.*}
 * properties of the stock annotator apply too):
 * <ul>
 *   <li>{@code gate} (default {@code true}): run SUTime only on sentences with a trigger;
 *       {@code false} gives the stock annotator.</li>
 *   <li>{@code triggers} (default classpath {@code org/newsrel/pipeline/temporal-triggers.txt}):
 *       the trigger word list; a file path or a classpath resource.</li>
 * </ul>
 * Writes what {@code ner} writes: {@code NamedEntityTagAnnotation},
 * {@code NamedEntityTagProbsAnnotation}, {@code CoarseNamedEntityTagAnnotation},
 * {@code NormalizedNamedEntityTagAnnotation} and SUTime's timex keys on tokens, and
 * {@code MentionsAnnotation} when {@code ner.buildEntityMentions} is on.
 */
public final class GatedNerAnnotator extends NERCombinerAnnotator {

  private static final Logger log = LoggerFactory.getLogger(GatedNerAnnotator.class);

  /** Classpath location of the default trigger list. */
  public static final String DEFAULT_TRIGGERS = "org/newsrel/pipeline/temporal-triggers.txt";

  private final TemporalGate gate;
  /** The CRF and numeric classifiers without SUTime; null when the gate is off. */
  private final NERClassifierCombiner withoutSutime;
  private final int maxSentenceLength;

  public GatedNerAnnotator(String name, Properties props) throws IOException {
    super(props);
    AnnotatorProperties p = new AnnotatorProperties(name, props);
    boolean gate = p.getBoolean("gate", true);
    String triggerPath = p.get("triggers", DEFAULT_TRIGGERS);
    p.rejectUnknown();
    this.gate = TemporalGate.load(name, triggerPath);
    this.maxSentenceLength = PropertiesUtils.getInt(props, "ner.maxlen", Integer.MAX_VALUE);
    boolean sutime = PropertiesUtils.getBool(props, NumberSequenceClassifier.USE_SUTIME_PROPERTY,
        NumberSequenceClassifier.USE_SUTIME_DEFAULT);
    boolean numeric = PropertiesUtils.getBool(props, NERClassifierCombiner.APPLY_NUMERIC_CLASSIFIERS_PROPERTY,
        NERClassifierCombiner.APPLY_NUMERIC_CLASSIFIERS_DEFAULT);
    this.withoutSutime = gate && sutime && numeric ? sharedCrfWithoutSutime(name) : null;
  }

  /** True when the sentence may hold a time or number expression (SUTime must see it). */
  public boolean needsSutime(List<CoreLabel> tokens) {
    return gate.mayHoldTimeOrNumber(tokens);
  }

  /** Whether this instance gates SUTime (false when switched off or SUTime is not used). */
  public boolean gating() {
    return withoutSutime != null;
  }

  @Override
  public void doOneSentence(Annotation annotation, CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if (withoutSutime == null || tokens.size() > maxSentenceLength || needsSutime(tokens)) {
      super.doOneSentence(annotation, sentence);
      return;
    }
    List<CoreLabel> output = withoutSutime.classifySentenceWithGlobalInformation(tokens, annotation, sentence);
    // The same transfer as NERCombinerAnnotator.doOneSentence (CoreNLP 4.5.10).
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel out = output.get(i);
      CoreLabel token = tokens.get(i);
      String tag = out.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      String norm = out.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      token.setNER(tag);
      token.set(CoreAnnotations.NamedEntityTagProbsAnnotation.class,
          out.get(CoreAnnotations.NamedEntityTagProbsAnnotation.class));
      token.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, tag);
      if (norm != null) {
        token.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, norm);
      }
      NumberSequenceClassifier.transferAnnotations(out, token);
    }
  }

  /**
   * A combiner over the CRF(s) the stock annotator loaded, numeric classifiers on and
   * SUTime off; null (gate off, logged) when CoreNLP's internals are not as expected.
   */
  @SuppressWarnings("unchecked")
  private NERClassifierCombiner sharedCrfWithoutSutime(String name) throws IOException {
    try {
      Field nerField = NERCombinerAnnotator.class.getDeclaredField("ner");
      nerField.setAccessible(true);
      Object combiner = nerField.get(this);
      Field base = ClassifierCombiner.class.getDeclaredField("baseClassifiers");
      base.setAccessible(true);
      List<AbstractSequenceClassifier<CoreLabel>> crfs =
          (List<AbstractSequenceClassifier<CoreLabel>>) base.get(combiner);
      if (crfs == null || crfs.isEmpty()) {
        return null;
      }
      return new NERClassifierCombiner(true, false, crfs.toArray(new AbstractSequenceClassifier[0]));
    } catch (ReflectiveOperationException | RuntimeException e) {
      log.warn("Annotator {}: cannot share the NER model ({}); SUTime runs on every sentence", name, e.toString());
      return null;
    }
  }
}
