package org.newsrel.pipeline;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.QuantifiableEntityNormalizer;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.newsrel.internal.AnnotatorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP's {@code ner} annotator with SUTime run only where a time expression can be.
 *
 * <p>Profiling the newsrel pipeline showed SUTime (TokensRegex over every token of every
 * sentence) costing about 85% of the {@code ner} step, 5x the CRF itself. Most news
 * sentences contain no date, time or number at all, and the others are long sentences
 * with one short expression. This annotator is the stock {@link NERCombinerAnnotator},
 * configured by the same {@code ner.*} properties, except that SUTime (with CoreNLP's
 * numeric classifiers) only sees the tokens near a <em>trigger</em>: a token with a digit,
 * a token tagged {@code CD}, or a word of the trigger list (months, weekdays, time units,
 * deictic time words, number words, money words; see {@code temporal-triggers.txt} and
 * {@link TemporalGate}).
 *
 * <p><b>Window mode</b> (the default, {@code window} = k &gt; 0). Per sentence: the CRF
 * runs once over the whole sentence. The trigger tokens, each with k tokens of context on
 * either side (cut at the sentence ends, overlapping or touching windows merged), form
 * windows; each window is handed to the stock annotator's own numeric classifier with
 * SUTime (CoreNLP's {@code NumberSequenceClassifier}) as if it were a sentence of its own
 * (its text, character offsets and document token offsets are the window's, so SUTime's
 * timex ids, values and token offsets are the ones it gives on the whole sentence).
 * Tokens outside every window get the background answer from that classifier, which is
 * what SUTime gives on tokens that are not near any digit, number or time word. The
 * answers are then combined exactly as {@code NERClassifierCombiner} does (CoreNLP 4.5.10,
 * {@code classifyWithGlobalInformation} / {@code recognizeNumberSequences}): a numeric
 * answer replaces the CRF answer where the CRF said O or MISC; SUTime's timex and
 * numeric-composite keys are transferred; {@code QuantifiableEntityNormalizer} then
 * normalizes the whole sentence. A sentence without a trigger thus costs one CRF pass and
 * no SUTime. The margin k=4 is the smallest whose output equals stock {@code ner}
 * (token tags, normalized tags, timex type/value/id) on PolNeAR dev (84 texts), the 5
 * gold texts and the first 150 PolNeAR train texts (184,961 tokens, 0 differences; k=3:
 * 7, it misses left modifiers four tokens from the anchor word, "the end of the year",
 * "by the middle of the week"). Thread CPU time of this step on PolNeAR dev (79,429
 * tokens, 1 thread, second pass; two runs on a shared machine): 150-173 us/token, against
 * 301 in sentence mode, 398-477 for stock {@code ner} and 50 for the CRF alone. The CRF
 * runs once per sentence in every mode.
 *
 * <p><b>Sentence mode</b> ({@code window} = {@code sentence} or 0): a sentence with a
 * trigger goes through the stock annotator unchanged (SUTime over the whole sentence);
 * a sentence without one gets the CRF and the numeric classifiers without SUTime.
 *
 * <p>The CRF and SUTime are loaded once, by the stock annotator, and shared by both paths
 * (read by reflection, CoreNLP 4.5.10; if that fails the gate is switched off with a
 * warning and the output is exactly stock). Windows need the sentence's
 * {@code TextAnnotation}, character offsets and {@code TokenBeginAnnotation} (set by
 * {@code ssplit}); a sentence without them goes through the stock annotator.
 *
 * <p>Properties (under {@code NAME.}; unknown ones are rejected; all {@code ner.*}
 * properties of the stock annotator apply too):
 * <ul>
 *   <li>{@code gate} (default {@code true}): run SUTime only near triggers;
 *       {@code false} gives the stock annotator.</li>
 *   <li>{@code triggers} (default classpath {@code org/newsrel/pipeline/temporal-triggers.txt}):
 *       the trigger word list; a file path or a classpath resource.</li>
 *   <li>{@code window} (default {@code 4}): the margin k in tokens on each side of a
 *       trigger token (window mode), or {@code sentence} / {@code 0} for sentence mode.</li>
 * </ul>
 * Writes what {@code ner} writes: {@code NamedEntityTagAnnotation},
 * {@code NamedEntityTagProbsAnnotation}, {@code CoarseNamedEntityTagAnnotation},
 * {@code NormalizedNamedEntityTagAnnotation} and SUTime's timex keys on tokens, and
 * {@code MentionsAnnotation} when {@code ner.buildEntityMentions} is on. (In window mode
 * SUTime's scratch key {@code NumerizedTokensAnnotation} is left on the window maps, not
 * on the sentence; nothing in the pipeline reads it.)
 */
public final class GatedNerAnnotator extends NERCombinerAnnotator {

  private static final Logger log = LoggerFactory.getLogger(GatedNerAnnotator.class);

  /** Classpath location of the default trigger list. */
  public static final String DEFAULT_TRIGGERS = "org/newsrel/pipeline/temporal-triggers.txt";

  /** The default window margin (tokens on each side of a trigger). */
  public static final int DEFAULT_WINDOW = 4;

  private final TemporalGate gate;
  /** Window margin k; 0 for sentence mode. */
  private final int window;
  /** Sentence mode: the CRF and numeric classifiers without SUTime; null when not gating. */
  private final NERClassifierCombiner withoutSutime;
  /** Window mode: the CRF alone (no numeric classifiers); null when not in window mode. */
  private final NERClassifierCombiner crfOnly;
  /** Window mode: the stock annotator's numeric classifier with SUTime. */
  private final AbstractSequenceClassifier<CoreLabel> sutimeNumbers;
  private final int maxSentenceLength;

  /**
   * The properties this annotator reads, under its {@code name + "."} prefix (see the class
   * comment for each one's meaning and default); any other key under the prefix is rejected.
   */
  public static final java.util.Set<String> PROPERTIES = java.util.Set.of(
      "gate", "triggers", "window");

  public GatedNerAnnotator(String name, Properties props) throws IOException {
    super(props);
    AnnotatorProperties p = new AnnotatorProperties(name, props, PROPERTIES);
    boolean gate = p.getBoolean("gate", true);
    String triggerPath = p.get("triggers", DEFAULT_TRIGGERS);
    this.window = parseWindow(name, p.get("window", Integer.toString(DEFAULT_WINDOW)));
    p.rejectUnknown();
    this.gate = TemporalGate.load(name, triggerPath);
    this.maxSentenceLength = PropertiesUtils.getInt(props, "ner.maxlen", Integer.MAX_VALUE);
    boolean sutime = PropertiesUtils.getBool(props, NumberSequenceClassifier.USE_SUTIME_PROPERTY,
        NumberSequenceClassifier.USE_SUTIME_DEFAULT);
    boolean numeric = PropertiesUtils.getBool(props, NERClassifierCombiner.APPLY_NUMERIC_CLASSIFIERS_PROPERTY,
        NERClassifierCombiner.APPLY_NUMERIC_CLASSIFIERS_DEFAULT);
    String language = props.getProperty("ner.language", "english").toLowerCase(Locale.ROOT);
    boolean gating = gate && sutime && numeric && language.startsWith("en");
    Shared shared = gating ? shared(name) : null;
    if (shared == null) {
      this.withoutSutime = null;
      this.crfOnly = null;
      this.sutimeNumbers = null;
    } else if (window == 0) {
      this.withoutSutime = new NERClassifierCombiner(true, false, shared.crfs());
      this.crfOnly = null;
      this.sutimeNumbers = null;
    } else {
      this.withoutSutime = null;
      this.crfOnly = new NERClassifierCombiner(false, false, shared.crfs());
      this.sutimeNumbers = shared.numbers();
    }
  }

  /** "sentence" or a non-negative integer; 0 and "sentence" mean sentence mode. */
  static int parseWindow(String name, String value) {
    String v = value.trim();
    if (v.equalsIgnoreCase("sentence")) {
      return 0;
    }
    try {
      int k = Integer.parseInt(v);
      if (k >= 0) {
        return k;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(name + ".window must be 'sentence' or a token count >= 0, not '" + value + "'");
  }

  /** True when the sentence may hold a time or number expression (SUTime must see it). */
  public boolean needsSutime(List<CoreLabel> tokens) {
    return gate.mayHoldTimeOrNumber(tokens);
  }

  /** Whether this instance gates SUTime (false when switched off or SUTime is not used). */
  public boolean gating() {
    return withoutSutime != null || crfOnly != null;
  }

  /** The window margin in tokens, 0 in sentence mode or when not gating. */
  public int windowMargin() {
    return crfOnly != null ? window : 0;
  }

  @Override
  public void doOneSentence(Annotation annotation, CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens.size() > maxSentenceLength || tokens.isEmpty()) {
      super.doOneSentence(annotation, sentence);
    } else if (crfOnly != null && canWindow(sentence)) {
      transfer(classifyInWindows(tokens, annotation, sentence), tokens);
    } else if (withoutSutime != null && !needsSutime(tokens)) {
      transfer(withoutSutime.classifySentenceWithGlobalInformation(tokens, annotation, sentence), tokens);
    } else {
      super.doOneSentence(annotation, sentence);
    }
  }

  private static boolean canWindow(CoreMap sentence) {
    return sentence.get(CoreAnnotations.TextAnnotation.class) != null
        && sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) != null
        && sentence.get(CoreAnnotations.TokenBeginAnnotation.class) != null;
  }

  /**
   * Window mode for one sentence: NERClassifierCombiner.classifyWithGlobalInformation
   * (CoreNLP 4.5.10) with the numeric classifier run per window instead of per sentence.
   */
  private List<CoreLabel> classifyInWindows(List<CoreLabel> tokens, Annotation annotation, CoreMap sentence) {
    // the CRF answers (AnswerAnnotation) on copies of the tokens
    List<CoreLabel> output = crfOnly.classifySentenceWithGlobalInformation(tokens, annotation, sentence);
    List<TemporalGate.Window> windows = gate.windows(tokens, window);
    if (!windows.isEmpty()) {
      try {
        recognizeNumberSequences(output, tokens, windows, annotation, sentence);
      } catch (RuntimeInterruptedException e) {
        throw e;
      } catch (Exception e) {
        log.info("Ignored an exception in NumberSequenceClassifier (some numbers were not classified): {}", e.toString());
      }
    }
    copyAnswerFieldsToNerField(output);
    try {
      QuantifiableEntityNormalizer.addNormalizedQuantitiesToEntities(output, false, true);
    } catch (Exception | AssertionError e) {
      log.info("Ignored an exception in QuantifiableEntityNormalizer (entities were not normalized): {}", e.toString());
    }
    return output;
  }

  /** NERClassifierCombiner.recognizeNumberSequences, the numeric classifier run per window. */
  private void recognizeNumberSequences(List<CoreLabel> words, List<CoreLabel> sentenceTokens,
      List<TemporalGate.Window> windows, Annotation document, CoreMap sentence) {
    String background = sutimeNumbers.flags.backgroundSymbol;
    // NumberSequenceClassifier overwrites AnswerAnnotation: it works on copies
    List<CoreLabel> newWords = NumberSequenceClassifier.copyTokens(words, sentence);
    for (TemporalGate.Window w : windows) {
      sutimeNumbers.classifyWithGlobalInformation(newWords.subList(w.begin(), w.end()), document,
          windowSentence(sentence, sentenceTokens, w));
    }
    for (int i = 0; i < words.size(); i++) {
      CoreLabel origWord = words.get(i);
      CoreLabel newWord = newWords.get(i);
      String before = origWord.get(CoreAnnotations.AnswerAnnotation.class);
      String newGuess = newWord.get(CoreAnnotations.AnswerAnnotation.class);
      if (newGuess == null) {
        newGuess = background;  // outside every window: SUTime would have found nothing here
      }
      if ((before == null || before.equals(background) || before.equals("MISC")) && !newGuess.equals(background)) {
        origWord.set(CoreAnnotations.AnswerAnnotation.class, newGuess);
        origWord.set(CoreAnnotations.AnswerProbAnnotation.class, null);
      }
      NumberSequenceClassifier.transferAnnotations(newWord, origWord);
    }
  }

  /**
   * A window of the sentence as a sentence of its own for SUTime: its text, character
   * offsets, document token offsets, and the sentence's real tokens (SUTime reads them).
   */
  private static CoreMap windowSentence(CoreMap sentence, List<CoreLabel> tokens, TemporalGate.Window w) {
    String text = sentence.get(CoreAnnotations.TextAnnotation.class);
    int sentenceChar = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int sentenceToken = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    int charBegin = tokens.get(w.begin()).beginPosition();
    int charEnd = tokens.get(w.end() - 1).endPosition();
    CoreMap part = new ArrayCoreMap(8);
    part.set(CoreAnnotations.TextAnnotation.class, text.substring(charBegin - sentenceChar, charEnd - sentenceChar));
    part.set(CoreAnnotations.TokensAnnotation.class, tokens.subList(w.begin(), w.end()));
    part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, charBegin);
    part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, charEnd);
    part.set(CoreAnnotations.TokenBeginAnnotation.class, sentenceToken + w.begin());
    part.set(CoreAnnotations.TokenEndAnnotation.class, sentenceToken + w.end());
    String sectionDate = sentence.get(CoreAnnotations.SectionDateAnnotation.class);
    if (sectionDate != null) {
      part.set(CoreAnnotations.SectionDateAnnotation.class, sectionDate);
    }
    return part;
  }

  /** NERClassifierCombiner.copyAnswerFieldsToNERField (CoreNLP 4.5.10). */
  private static void copyAnswerFieldsToNerField(List<CoreLabel> tokens) {
    for (CoreLabel m : tokens) {
      m.set(CoreAnnotations.NamedEntityTagAnnotation.class, m.get(CoreAnnotations.AnswerAnnotation.class));
      Double prob = m.get(CoreAnnotations.AnswerProbAnnotation.class);
      Map<String, Double> labelToProb = Collections.singletonMap(
          m.get(CoreAnnotations.NamedEntityTagAnnotation.class), prob == null ? -1.0 : prob);
      m.set(CoreAnnotations.NamedEntityTagProbsAnnotation.class, labelToProb);
    }
  }

  /** The same transfer as NERCombinerAnnotator.doOneSentence (CoreNLP 4.5.10). */
  private static void transfer(List<CoreLabel> output, List<CoreLabel> tokens) {
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

  /** The CRF(s) and the numeric classifier with SUTime that the stock annotator loaded. */
  private record Shared(AbstractSequenceClassifier<CoreLabel>[] crfs, AbstractSequenceClassifier<CoreLabel> numbers) {
  }

  /** The stock annotator's models; null (gate off, logged) when CoreNLP's internals are not as expected. */
  @SuppressWarnings("unchecked")
  private Shared shared(String name) {
    try {
      Field nerField = NERCombinerAnnotator.class.getDeclaredField("ner");
      nerField.setAccessible(true);
      Object combiner = nerField.get(this);
      Field base = ClassifierCombiner.class.getDeclaredField("baseClassifiers");
      base.setAccessible(true);
      List<AbstractSequenceClassifier<CoreLabel>> crfs =
          (List<AbstractSequenceClassifier<CoreLabel>>) base.get(combiner);
      Field nscField = NERClassifierCombiner.class.getDeclaredField("nsc");
      nscField.setAccessible(true);
      Object nsc = nscField.get(combiner);
      if (crfs == null || crfs.isEmpty() || !(nsc instanceof NumberSequenceClassifier)) {
        log.warn("Annotator {}: unexpected NER model layout; SUTime runs on every sentence", name);
        return null;
      }
      return new Shared(crfs.toArray(new AbstractSequenceClassifier[0]), (AbstractSequenceClassifier<CoreLabel>) nsc);
    } catch (ReflectiveOperationException | RuntimeException e) {
      log.warn("Annotator {}: cannot share the NER model ({}); SUTime runs on every sentence", name, e.toString());
      return null;
    }
  }
}
