package org.newsrel.quote;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.newsrel.NewsrelAnnotations;
import org.newsrel.core.Event;
import org.newsrel.internal.AnnotatorProperties;
import org.newsrel.layout.Layout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code newsrel_attribution}: who said what, in PolNeAR's Source / Cue / Content scheme
 * (see ANNOTATION_SCHEME.md section 2).
 *
 * <p>A thin orchestrator: it reads the properties, loads the rule files and the models, and
 * runs the stages of this package in order on each document (each stage's class comment says
 * what it does; the package comment lists them):
 * <ol>
 *   <li>{@link RuleMatcher}: the Semgrex rules of {@code patterns.txt} over each sentence's
 *       basic dependencies, with the cue lemmas of {@code cues.txt}; a Content that touches a
 *       quotation is widened to the whole quotation;</li>
 *   <li>{@link SpeakerMarks}: a sentence opening with a short name and a colon (headline
 *       "X: ...", transcript "NAME: ...") makes the colon the cue;</li>
 *   <li>{@link CueClassifierPass}: the cue classifier drops rule cues it scores very low and adds
 *       the candidates it scores high;</li>
 *   <li>{@link NestingPass}: a hearsay adverb ("reportedly") inside another attribution is
 *       dropped; with {@code nested=false} the nesting model splits or drops the attributions
 *       nested in another's Content; a cue inside quotation marks is dropped;</li>
 *   <li>{@link SourceSpans}: a Source post-modifier that holds another attribution's cue leaves
 *       the Source (before and after the next stage);</li>
 *   <li>{@link DirectQuotes}: each quote no attribution covers is attached to the nearest
 *       quote-introducing verb, a dash signature ({@code "..." ― Name}) or the previous direct
 *       speaker; a title or a scare quote is not speech;</li>
 *   <li>{@link BoundaryPass}: the boundary model moves each Content's begin and end;
 *       {@link LayoutGuard} keeps datelines and bylines out; {@link ConfidenceModel} scores each
 *       attribution and drops those under {@code confidenceKeepFrom}; {@link CueSpans} sets
 *       PolNeAR's Cue edges.</li>
 * </ol>
 * The stages share one {@link Drafts} per document. What each trained model sees is offered
 * by {@link AttributionTraining}, the training interface (not by this class).
 *
 * <p>Source spans follow PolNeAR's boundaries (counted on PolNeAR train): the subtree of the
 * source head with its title, apposition, "(ACRONYM)", participle and relative clause
 * ("Moon, who has taken part in ..."); without a present participle set off by commas
 * ("X, speaking at a rally, said"), without the cue's own subtree, and without a
 * post-modifier that holds another attribution's cue ("one driver, who claimed ..., told";
 * "X, citing Y, said": PolNeAR never lets a Source contain an attribution). The relative
 * pronoun is the Source of the attribution in its clause ("who" claimed).
 *
 * <p>The cue classifier ({@link CueModel}, trained on PolNeAR train by
 * {@code newsrel train-attribution}; features in {@link CueFeatures}) scores every candidate cue
 * head: a rule attribution whose cue scores very low is dropped, and a high-scoring
 * candidate no rule claimed becomes an attribution (rule {@code cue-classifier}) with its
 * subject as Source and its clausal complement, infinitive, object or parenthetical host
 * as Content, spans as the rules make them. A verb the parser coordinated with a reported
 * clause but in the reporting verb's tense ("said that the army is exhausted and vowed to
 * fight on") continues the report and takes the reporting verb's subject; a subjectless
 * past participle clause ("Asked whether ..., X said") is never a cue.
 *
 * <p>Properties (prefix {@code NAME.}, unknown ones rejected):
 * <ul>
 *   <li>{@code cues}: cue lexicon (its frames, and the word lists {@code cue-medium} and
 *       {@code cue-governor} that shape Cue spans), file path or classpath; default
 *       {@code org/newsrel/quote/cues.txt}</li>
 *   <li>{@code patterns}: Semgrex rule file; default {@code org/newsrel/quote/patterns.txt}</li>
 *   <li>{@code nested}: keep attributions nested in another's content, as our gold scheme
 *       (GUIDELINES section 3.4) labels every level; default false, i.e.
 *       PolNeAR-style univocal output (each token in at most one attribution)</li>
 *   <li>{@code continuations}: attribute cue-less quotes to the previous speaker; default true</li>
 *   <li>{@code continuationFragments}: a cue-less quote in the same paragraph as the previous
 *       direct speaker's quote joins that attribution's Content as one more fragment
 *       ({@code "A," he said. "B."}: Content A + B), as PolNeAR does (1,659 such quote +
 *       quote fragment pairs in train, 88 of them across a paragraph break); a cue-less quote
 *       in the next paragraph stays a cue-less attribution of its own. false: every cue-less
 *       quote is its own attribution (trigger = opening mark, no Cue); default true</li>
 *   <li>{@code scareQuoteMaxWords}: longest verbless quote treated as a scare quote; default 4</li>
 *   <li>{@code cueClassifier}: the trained cue classifier ({@link CueModel}, file path or
 *       classpath), or {@code none} to use the rules alone; default
 *       {@code org/newsrel/quote/cue-classifier.ser.gz} (see {@code cue-classifier.md}
 *       there for how it was trained and what it scores)</li>
 *   <li>{@code cueDropBelow}, {@code cueAddAbove}: override the model's thresholds (a rule
 *       cue scored below the first is dropped; an unclaimed candidate scored at least the
 *       second is added); default -1, i.e. the model's own (the add threshold the confidence
 *       model was fitted with, when it is on and records one)</li>
 *   <li>{@code boundaryModel}: the trained Content boundary model ({@link BoundaryModel}, file
 *       path or classpath) that moves each Content's begin and end to PolNeAR's boundaries,
 *       or {@code none} to keep the rules' spans; default
 *       {@code org/newsrel/quote/boundary-model.ser.gz} (see {@code boundary-model.md})</li>
 *   <li>{@code nestingModel}: the trained nesting model ({@link NestingModel}, file path or
 *       classpath): with {@code nested=false}, an attribution inside another's Content that
 *       it scores as one of its own is kept and the outer Content ends before it; or
 *       {@code none} to drop every such inner attribution; default
 *       {@code org/newsrel/quote/nesting-model.ser.gz} (see {@code nesting-model.md})</li>
 *   <li>{@code nestingSplitFrom}: override the nesting model's threshold; default -1, i.e.
 *       the model's own</li>
 *   <li>{@code confidenceModel}: the trained confidence model ({@link ConfidenceModel}, file
 *       path or classpath) that gives each attribution the probability that it is right end to
 *       end (its Content and its Source match a gold attribution's), or {@code none} for each
 *       rule's fixed prior; default {@code org/newsrel/quote/confidence-model.ser.gz} (see
 *       {@code confidence-model.md})</li>
 *   <li>{@code confidenceKeepFrom}: an attribution the confidence model scores below this is
 *       not written; default -1, i.e. the model's own threshold (chosen on held-out training
 *       documents); 0 keeps every attribution</li>
 *   <li>{@code cueEdges}: a colon right after a Cue and the infinitive {@code to} right before
 *       a cue verb join the Cue ({@link CueSpans}), as PolNeAR has them; default true</li>
 *   <li>{@code sourceClosingComma}: end a Source that has an apposition or relative clause
 *       with the comma that closes it ("David Lee, a local teacher, said": Source
 *       "David Lee, a local teacher,"), as PolNeAR does (851 such Sources in train against
 *       76 without the comma), and as our gold scheme does since 2026-12-07 (GUIDELINES 3.2); default
 *       true</li>
 * </ul>
 *
 * <p>The news layout ({@link NewsrelAnnotations.LayoutAnnotation}, when {@code newsrel_layout}
 * ran) is respected: no cue, Source or Content is taken from a dateline, byline, photo
 * credit or boilerplate span, and no Content starts inside a dateline ({@link LayoutGuard}).
 *
 * <p>Writes {@link NewsrelAnnotations.AttributionsAnnotation}: Attribution and
 * Attribution-no-source events, sorted by trigger, roles Source, Cue, Content, attribute
 * Kind (Direct, Indirect, Mixed). Source spans only; ids are IdentityAnnotator's job.
 * Reads tokens, sentences, POS, lemmas and basic dependencies (no coref).
 */
public final class AttributionAnnotator implements Annotator {

  private static final Logger LOG = LoggerFactory.getLogger(AttributionAnnotator.class);

  /** The cue classifier shipped with the annotator (see cue-classifier.md next to it). */
  public static final String DEFAULT_CUE_MODEL = "org/newsrel/quote/cue-classifier.ser.gz";
  /** The shipped Content boundary model (see {@code boundary-model.md} beside it). */
  public static final String DEFAULT_BOUNDARY_MODEL = "org/newsrel/quote/boundary-model.ser.gz";
  /** The shipped nesting model (see {@code nesting-model.md} beside it). */
  public static final String DEFAULT_NESTING_MODEL = "org/newsrel/quote/nesting-model.ser.gz";
  /** The shipped confidence model. */
  public static final String DEFAULT_CONFIDENCE_MODEL = "org/newsrel/quote/confidence-model.ser.gz";

  /** A threshold no probability reaches: the split or add of a model that is switched off never happens. */
  private static final double NEVER = 2;

  private final String name;
  private final CueLexicon lexicon;
  private final RuleMatcher ruleMatcher;
  private final CueClassifierPass cueClassifier; // null when switched off
  private final NestingPass nesting;
  private final SourceSpans sources;
  private final DirectQuotes directQuotes;
  private final BoundaryModel boundaryModel; // null when switched off
  private final ConfidenceModel confidenceModel; // null when switched off: each rule's fixed prior
  private final double keepFrom;
  private final boolean cueEdges;

  /**
   * The properties this annotator reads, under its {@code name + "."} prefix (see the class
   * comment for each one's meaning and default); any other key under the prefix is rejected.
   */
  public static final java.util.Set<String> PROPERTIES = java.util.Set.of(
      "cues", "patterns", "nested", "continuations", "continuationFragments", "scareQuoteMaxWords", "cueClassifier",
      "cueDropBelow", "cueAddAbove", "sourceClosingComma", "boundaryModel", "nestingModel", "nestingSplitFrom",
      "confidenceModel", "confidenceKeepFrom", "cueEdges");

  public AttributionAnnotator(String name, Properties props) {
    AnnotatorProperties p = new AnnotatorProperties(name, props, PROPERTIES);
    this.name = name;
    String cues = p.get("cues", "org/newsrel/quote/cues.txt");
    String patterns = p.get("patterns", "org/newsrel/quote/patterns.txt");
    boolean nested = p.getBoolean("nested", false);
    boolean continuations = p.getBoolean("continuations", true);
    boolean continuationFragments = p.getBoolean("continuationFragments", true);
    int scareQuoteMaxWords = (int) p.getDouble("scareQuoteMaxWords", 4);
    String model = p.get("cueClassifier", DEFAULT_CUE_MODEL);
    double drop = p.getDouble("cueDropBelow", -1);
    double add = p.getDouble("cueAddAbove", -1);
    boolean sourceClosingComma = p.getBoolean("sourceClosingComma", true);
    this.cueEdges = p.getBoolean("cueEdges", true);
    String boundaries = p.get("boundaryModel", DEFAULT_BOUNDARY_MODEL);
    String nestingFile = p.get("nestingModel", DEFAULT_NESTING_MODEL);
    double split = p.getDouble("nestingSplitFrom", -1);
    String confidence = p.get("confidenceModel", DEFAULT_CONFIDENCE_MODEL);
    double keep = p.getDouble("confidenceKeepFrom", -1);
    p.rejectUnknown();
    this.confidenceModel = optionalModel(confidence, DEFAULT_CONFIDENCE_MODEL, ConfidenceModel::load);
    this.keepFrom = confidenceModel == null ? 0 : keep >= 0 ? keep : confidenceModel.keepFrom();
    NestingModel nestingModel = optionalModel(nestingFile, DEFAULT_NESTING_MODEL, NestingModel::load);
    double splitFrom = nestingModel == null ? NEVER : split >= 0 ? split : nestingModel.splitFrom();
    this.nesting = new NestingPass(nested, nestingModel, splitFrom);
    this.boundaryModel = optionalModel(boundaries, DEFAULT_BOUNDARY_MODEL, BoundaryModel::load);
    this.lexicon = CueLexicon.load(name, cues);
    Clauses clauses = new Clauses(lexicon);
    CueExtent cueExtent = new CueExtent(lexicon);
    this.sources = new SourceSpans(sourceClosingComma);
    this.ruleMatcher = new RuleMatcher(AttributionRule.load(name, patterns, lexicon), clauses, cueExtent, sources);
    this.directQuotes = new DirectQuotes(lexicon, continuations, continuationFragments, scareQuoteMaxWords, clauses,
        cueExtent, sources);
    CueModel cueModel = optionalModel(model, DEFAULT_CUE_MODEL, CueModel::load);
    double dropBelow = cueModel == null ? 0 : drop >= 0 ? drop : cueModel.dropBelow();
    double addAbove = cueModel == null ? NEVER : add >= 0 ? add
        : confidenceModel != null && confidenceModel.cueAddAbove() > 0 ? confidenceModel.cueAddAbove()
        : cueModel.addAbove();
    this.cueClassifier = cueModel == null ? null
        : new CueClassifierPass(cueModel, lexicon, dropBelow, addAbove, ruleMatcher, clauses);
    LOG.info("{}: {} cue lemmas, {} rules, cue classifier {}, boundary model {}", name, lexicon.frames().size(),
        ruleMatcher.size(), cueModel == null ? "off" : model + " (drop below " + dropBelow + ", add from " + addAbove
        + ")", boundaryModel == null ? "off" : boundaries + " (window " + boundaryModel.window() + ")");
    LOG.info("{}: nesting model {}, confidence model {}", name, nestingModel == null ? "off" : nestingFile
        + " (split from " + splitFrom + ")", confidenceModel == null ? "off (each rule's prior)"
        : confidence + " (drop below " + keepFrom + ")");
  }

  /**
   * The model at {@code location}, or null when it is {@code none}, or when it is the shipped
   * one and the classpath does not hold it (a jar built without models).
   */
  private static <T> T optionalModel(String location, String shipped, java.util.function.Function<String, T> load) {
    if (location.equals("none")
        || location.equals(shipped) && AttributionAnnotator.class.getClassLoader().getResource(shipped) == null) {
      return null;
    }
    return load.apply(location);
  }

  @Override
  public void annotate(Annotation doc) {
    DocumentView view = view(doc);
    List<Draft> kept = new ArrayList<>();
    for (Draft d : finalDrafts(view, Layout.of(doc))) {
      if (confidenceModel != null) {
        d.confidence = confidenceModel.probability(ConfidenceFeatures.of(view, d));
        if (d.confidence < keepFrom) {
          continue;
        }
      }
      kept.add(d);
    }
    if (cueEdges) {
      // after the models: they were trained on the Cue spans as the rules make them
      CueSpans.applyConventions(view, kept);
    }
    List<Event> events = new ArrayList<>();
    for (Draft d : kept) {
      events.add(d.toEvent(view.quotes()));
    }
    doc.set(NewsrelAnnotations.AttributionsAnnotation.class, List.copyOf(events));
  }

  /** The document's attributions with their final Content boundaries, kept out of the layout's blocking spans. */
  List<Draft> finalDrafts(DocumentView view, Layout layout) {
    List<Draft> drafts = drafts(view);
    if (boundaryModel != null) {
      BoundaryPass.apply(view, drafts, boundaryModel);
    }
    LayoutGuard.apply(view.text(), layout, drafts);
    return drafts;
  }

  /** The document's attributions before the boundary model and the layout guard, sorted by trigger. */
  List<Draft> drafts(DocumentView view) {
    Drafts drafts = firstPass(view);
    nesting.apply(view, drafts);
    NestingPass.dropQuotedCues(view, drafts);
    sources.trim(view, drafts.list());
    directQuotes.attach(view, drafts);
    sources.trim(view, drafts.list());
    drafts.sort(Comparator.comparing((Draft d) -> d.trigger));
    return new ArrayList<>(drafts.list());
  }

  /** Rules, colon speakers and the cue classifier, before nesting is resolved. */
  Drafts firstPass(DocumentView view) {
    Drafts drafts = ruleDrafts(view);
    if (cueClassifier != null) {
      cueClassifier.apply(view, drafts);
    }
    NestingPass.dropYieldingInsideOther(drafts);
    return drafts;
  }

  /** The attributions of the rules and the colon speakers, before the cue classifier. */
  Drafts ruleDrafts(DocumentView view) {
    Drafts drafts = new Drafts();
    ruleMatcher.match(view, drafts);
    SpeakerMarks.colonSpeakers(view, drafts);
    return drafts;
  }

  CueLexicon lexicon() {
    return lexicon;
  }

  static DocumentView view(Annotation doc) {
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    return new DocumentView(text, doc.get(CoreAnnotations.TokensAnnotation.class),
        doc.get(CoreAnnotations.SentencesAnnotation.class), QuoteFinder.find(text));
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(NewsrelAnnotations.AttributionsAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(
        CoreAnnotations.TextAnnotation.class,
        CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class,
        CoreAnnotations.LemmaAnnotation.class,
        SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
  }

  @Override
  public String toString() {
    return "AttributionAnnotator(" + name + ")";
  }
}
