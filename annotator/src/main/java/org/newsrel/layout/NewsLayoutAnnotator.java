package org.newsrel.layout;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.pipeline.TrueCaseAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.newsrel.NewsrelAnnotations;
import org.newsrel.core.LayoutSpan;
import org.newsrel.internal.AnnotatorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code newsrel_layout}: the news layout of a document (datelines, bylines, photo
 * credits, headlines, boilerplate lines; see {@link LayoutFinder}), found from the text
 * alone and written before the sentence splitter, so that the extractors after it can
 * leave those spans alone: no entity-typed argument, Source, Cue, Content, Captor,
 * Captive, Killer, Victim, Place or Time is taken from a dateline, byline, photo credit or
 * boilerplate span, and no Content starts inside a dateline (headlines are article text
 * and are annotated as sentences). Word lists live in {@code org/newsrel/layout/layout-rules.txt}.
 *
 * <p>It stands right after {@code tokenize} (which splits sentences in CoreNLP 4.5) and
 * before {@code pos}: a dateline or an upper-case teaser that shares its line with
 * article text becomes a sentence of its own ({@code splitSentences}), so the tagger and
 * parser never read "BAMAKO, March 4 (Agency) -" as part of the first sentence (its
 * subject, the start of a reported clause).
 *
 * <p>Properties (under {@code NAME.}; unknown ones are rejected):
 * <ul>
 *   <li>{@code rules} (default {@value LayoutRules#DEFAULT_RESOURCE}): classpath resource
 *       or file of the word lists.
 *   <li>{@code splitSentences} (default true): end a sentence after a dateline and on both
 *       sides of a layout span inside a line (a teaser and its headline, a parenthesised
 *       credit); the
 *       sentences that need no cut are left as the splitter made them.
 *   <li>{@code truecase} (default {@code none}): a CoreNLP truecaser model (e.g.
 *       {@code edu/stanford/nlp/models/truecase/truecasing.fast.caseless.qn.ser.gz}, in the
 *       models jar) that re-cases the words of ALL-CAPS headlines and datelines before they
 *       are tagged (the token's word changes; its original text and offsets do not). Off by
 *       default: it helps on ALL-CAPS headlines, but the model does not fit in the
 *       pipeline's 1 GB heap (README, "News layout").
 * </ul>
 *
 * <p>Reads the text, tokens and sentences. Writes {@link NewsrelAnnotations.LayoutAnnotation}
 * ({@link LayoutSpan} records: offsets, text, kind) and, with {@code splitSentences},
 * replaces {@link CoreAnnotations.SentencesAnnotation} when a sentence is cut (sentence
 * and token indices renumbered).
 * Stateless after construction, so one instance serves several threads.
 */
public final class NewsLayoutAnnotator implements Annotator {

  private static final Logger LOG = LoggerFactory.getLogger(NewsLayoutAnnotator.class);

  /**
   * The properties this annotator reads, under its {@code name + "."} prefix (see the class
   * comment for each one's meaning and default); any other key under the prefix is rejected.
   */
  public static final Set<String> PROPERTIES = Set.of("rules", "splitSentences", "truecase");

  private final LayoutFinder finder;
  private final boolean splitSentences;
  private final TrueCaseAnnotator truecaser; // null when truecase=none

  /** The constructor CoreNLP calls for {@code customAnnotatorClass.NAME}. */
  public NewsLayoutAnnotator(String name, Properties props) {
    AnnotatorProperties p = new AnnotatorProperties(name, props, PROPERTIES);
    String rules = p.get("rules", LayoutRules.DEFAULT_RESOURCE);
    this.splitSentences = p.getBoolean("splitSentences", true);
    String truecase = p.get("truecase", "none").trim();
    p.rejectUnknown();
    this.finder = new LayoutFinder(LayoutRules.load(name, rules));
    this.truecaser = truecase.equals("none") ? null : truecaser(name, truecase);
    LOG.debug("{}: loaded {}", name, rules);
  }

  private static TrueCaseAnnotator truecaser(String name, String model) {
    try {
      return new TrueCaseAnnotator(model, TrueCaseAnnotator.DEFAULT_MODEL_BIAS,
          DefaultPaths.DEFAULT_TRUECASE_DISAMBIGUATION_LIST, false, false);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Annotator " + name + ": " + name + ".truecase: cannot load " + model
          + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void annotate(Annotation doc) {
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    if (text == null) {
      throw new IllegalArgumentException("newsrel_layout: the document has no text");
    }
    List<LayoutSpan> spans = finder.find(text);
    doc.set(NewsrelAnnotations.LayoutAnnotation.class, spans);
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens == null || tokens.isEmpty()) {
      return;
    }
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (splitSentences && sentences != null) {
      Set<Integer> ends = sentenceEnds(text, tokens, spans);
      if (!ends.isEmpty()) {
        doc.set(CoreAnnotations.SentencesAnnotation.class, split(text, sentences, ends));
      }
    }
    if (truecaser != null) {
      for (LayoutSpan s : spans) {
        if ((s.kind() == LayoutSpan.Kind.HEADLINE || s.kind() == LayoutSpan.Kind.DATELINE)
            && LayoutFinder.allCaps(s.span().text())) {
          truecase(tokens, s);
        }
      }
    }
  }

  /**
   * The document's sentences cut after each token in {@code endsAfter} (document token
   * indices) that is not already the last of its sentence; the sentences that are not cut
   * are kept as they are.
   */
  private static List<CoreMap> split(String text, List<CoreMap> sentences, Set<Integer> endsAfter) {
    List<CoreMap> out = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      int from = 0;
      for (int k = 0; k < tokens.size() - 1; k++) {
        if (endsAfter.contains(tokens.get(k).get(CoreAnnotations.TokenBeginAnnotation.class))) {
          out.add(piece(text, sentence, tokens.subList(from, k + 1)));
          from = k + 1;
        }
      }
      out.add(from == 0 ? sentence : piece(text, sentence, tokens.subList(from, tokens.size())));
    }
    for (int i = 0; i < out.size(); i++) {
      CoreMap sentence = out.get(i);
      sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
      int index = 1;
      for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        t.setIndex(index++);
        t.setSentIndex(i);
      }
    }
    return out;
  }

  /** A sentence of {@code tokens}, as CoreNLP's sentence splitter makes one. */
  private static CoreMap piece(String text, CoreMap whole, List<CoreLabel> tokens) {
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    Annotation sentence = new Annotation(text.substring(begin, end));
    sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    sentence.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
    sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokens.get(0).get(CoreAnnotations.TokenBeginAnnotation.class));
    sentence.set(CoreAnnotations.TokenEndAnnotation.class,
        tokens.get(tokens.size() - 1).get(CoreAnnotations.TokenBeginAnnotation.class) + 1);
    String docId = whole.get(CoreAnnotations.DocIDAnnotation.class);
    if (docId != null) {
      sentence.set(CoreAnnotations.DocIDAnnotation.class, docId);
    }
    return sentence;
  }

  /**
   * The document token indices after which a sentence must end: the last token of each
   * layout span, and the token before one that starts inside a line (a span that is a whole
   * line ends its sentence anyway: a line break always does in this pipeline).
   */
  private static Set<Integer> sentenceEnds(String text, List<CoreLabel> tokens, List<LayoutSpan> spans) {
    Set<Integer> ends = new HashSet<>();
    for (LayoutSpan s : spans) {
      // token offsets rise with the index: the last token ending by an offset is found by bisection
      int before = lastEndingBy(tokens, s.begin());
      int j = lastEndingBy(tokens, s.end());
      int last = j >= 0 && tokens.get(j).beginPosition() >= s.begin() ? j : -1;
      if (last >= 0) {
        ends.add(last);
      }
      boolean sameLine = before >= 0 && text.lastIndexOf('\n', s.begin() - 1) < tokens.get(before).beginPosition();
      if (sameLine) {
        ends.add(before);
      }
    }
    return ends;
  }

  /** The index of the last token that ends at or before {@code offset}, or -1. */
  private static int lastEndingBy(List<CoreLabel> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size(); // tokens [0, lo) end by offset, [hi, size) after it
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).endPosition() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  /** Re-cases the words of an ALL-CAPS span with the truecaser (copies are classified, then the words set). */
  private void truecase(List<CoreLabel> tokens, LayoutSpan s) {
    List<CoreLabel> inside = new ArrayList<>();
    List<CoreLabel> copies = new ArrayList<>();
    for (CoreLabel t : tokens) {
      if (t.beginPosition() >= s.begin() && t.endPosition() <= s.end()) {
        inside.add(t);
        CoreLabel c = new CoreLabel();
        c.setWord(t.word());
        c.setValue(t.word());
        copies.add(c);
      }
    }
    if (inside.isEmpty()) {
      return;
    }
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, copies);
    Annotation mini = new Annotation(s.span().text());
    mini.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
    truecaser.annotate(mini);
    for (int i = 0; i < inside.size(); i++) {
      String cased = copies.get(i).get(CoreAnnotations.TrueCaseTextAnnotation.class);
      if (cased != null && !cased.isEmpty()) {
        inside.get(i).setWord(cased);
        inside.get(i).setValue(cased);
      }
    }
  }

  @Override
  @SuppressWarnings("rawtypes") // the signature CoreNLP's Annotator interface declares
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class);
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(NewsrelAnnotations.LayoutAnnotation.class);
  }
}
