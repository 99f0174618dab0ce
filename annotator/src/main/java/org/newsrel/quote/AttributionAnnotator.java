package org.newsrel.quote;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.newsrel.NewsrelAnnotations;
import org.newsrel.core.Event;
import org.newsrel.core.TextSpan;
import org.newsrel.internal.AnnotatorProperties;
import org.newsrel.layout.Layout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code newsrel_attribution}: who said what, in PolNeAR's Source / Cue / Content scheme
 * (see ANNOTATION_SCHEME.md section 2).
 *
 * <p>Three passes per document, plus the cue classifier after the first. (1) Indirect and mixed speech: the Semgrex rules of
 * {@code patterns.txt} over each sentence's basic dependencies, with the cue lemmas of
 * {@code cues.txt}. A Content that touches a quotation is widened to the whole quotation
 * (a quote may run over several sentences). A sentence opening with a short name and a colon (headline "X: ...", transcript
 * "NAME: ...") makes the colon the cue. (2) Direct quotes no rule covered: the
 * nearest quote-introducing verb outside quotation marks in the sentences the quote
 * touches is the cue and its subject the source; a cue that already has a direct quote
 * ({@code "A," he said, "B."}) gets the quote as a second Content fragment; a quote signed
 * {@code "..." ― Name} uses the dash as cue; a quote that fills its sentence with no cue
 * continues the previous direct speaker (trigger = opening mark, no Cue). A quote
 * without final punctuation that no saying verb governs is not speech when it is a title
 * (title case) or a short verbless phrase (a scare quote: used as "human shields"). (3) Nesting: our gold scheme annotates attributions nested in
 * another's Content; PolNeAR gives each token at most one attribution, so with
 * {@code nested=false} an event whose cue lies inside another event's Content is dropped.
 * A cue inside quotation marks is always dropped, and so is a hearsay adverb
 * ("reportedly") that sits in another attribution's cue or content.
 *
 * <p>Source spans follow PolNeAR's boundaries (counted on PolNeAR train): the subtree of the
 * source head with its title, apposition, "(ACRONYM)", participle and relative clause
 * ("Moon, who has taken part in ..."); without a present participle set off by commas
 * ("X, speaking at a rally, said"), without the cue's own subtree, and without a
 * post-modifier that holds another attribution's cue ("one driver, who claimed ..., told";
 * "X, citing Y, said": PolNeAR never lets a Source contain an attribution). The relative
 * pronoun is the Source of the attribution in its clause ("who" claimed).
 *
 * <p>(1b) The cue classifier ({@link CueModel}, trained on PolNeAR train by
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
 *   <li>{@code cues}: cue lexicon, file path or classpath; default
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
  private static final Set<String> CUE_LEFT_RELATIONS = Set.of("aux", "aux:pass", "advmod", "neg", "cop");
  private static final Set<String> CUE_MEDIA = Set.of("statement", "interview", "email", "e-mail", "letter",
      "speech", "post", "tweet", "release", "op-ed", "memo", "report", "conference", "call", "appearance",
      "remarks", "briefing", "hearing");
  private static final Set<String> CUE_GOVERNORS = Set.of("go", "continue", "begin", "start", "seem", "appear");
  private static final Set<String> BORROWING_RELATIONS = Set.of("advcl", "conj", "xcomp", "dep");
  private static final Set<String> GOVERNED_QUOTE_RELATIONS = Set.of("ccomp", "obj", "parataxis", "dep", "xcomp");

  /** The cue classifier shipped with the annotator (see cue-classifier.md next to it). */
  public static final String DEFAULT_CUE_MODEL = "org/newsrel/quote/cue-classifier.ser.gz";
  /** The shipped Content boundary model (see {@code boundary-model.md} beside it). */
  public static final String DEFAULT_BOUNDARY_MODEL = "org/newsrel/quote/boundary-model.ser.gz";
  /** The shipped nesting model (see {@code nesting-model.md} beside it). */
  public static final String DEFAULT_NESTING_MODEL = "org/newsrel/quote/nesting-model.ser.gz";
  /** The shipped confidence model. */
  public static final String DEFAULT_CONFIDENCE_MODEL = "org/newsrel/quote/confidence-model.ser.gz";

  private final String name;
  private final CueLexicon lexicon;
  private final List<AttributionRule> rules;
  /** Each rule's cue-word pre-check, by rule position (see {@link CueWordFilter}). */
  private final List<CueWordFilter> cueFilters;
  private final boolean nested;
  private final boolean continuations;
  private final boolean continuationFragments;
  private final int scareQuoteMaxWords;
  private final CueModel cueModel; // null when switched off
  private final BoundaryModel boundaryModel; // null when switched off
  private final NestingModel nestingModel; // null when switched off
  private final ConfidenceModel confidenceModel; // null when switched off: each rule's fixed prior
  private final double keepFrom;
  private final double splitFrom;
  private final double dropBelow;
  private final double addAbove;
  private final boolean sourceClosingComma;
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
    this.nested = p.getBoolean("nested", false);
    this.continuations = p.getBoolean("continuations", true);
    this.continuationFragments = p.getBoolean("continuationFragments", true);
    this.scareQuoteMaxWords = (int) p.getDouble("scareQuoteMaxWords", 4);
    String model = p.get("cueClassifier", DEFAULT_CUE_MODEL);
    double drop = p.getDouble("cueDropBelow", -1);
    double add = p.getDouble("cueAddAbove", -1);
    this.sourceClosingComma = p.getBoolean("sourceClosingComma", true);
    this.cueEdges = p.getBoolean("cueEdges", true);
    String boundaries = p.get("boundaryModel", DEFAULT_BOUNDARY_MODEL);
    String nesting = p.get("nestingModel", DEFAULT_NESTING_MODEL);
    double splitFrom = p.getDouble("nestingSplitFrom", -1);
    String confidence = p.get("confidenceModel", DEFAULT_CONFIDENCE_MODEL);
    double keep = p.getDouble("confidenceKeepFrom", -1);
    p.rejectUnknown();
    this.confidenceModel = optionalModel(confidence, DEFAULT_CONFIDENCE_MODEL, ConfidenceModel::load);
    this.keepFrom = confidenceModel == null ? 0 : keep >= 0 ? keep : confidenceModel.keepFrom();
    this.nestingModel = optionalModel(nesting, DEFAULT_NESTING_MODEL, NestingModel::load);
    this.splitFrom = nestingModel == null ? 2 : splitFrom >= 0 ? splitFrom : nestingModel.splitFrom();
    this.boundaryModel = optionalModel(boundaries, DEFAULT_BOUNDARY_MODEL, BoundaryModel::load);
    this.lexicon = CueLexicon.load(name, cues);
    this.rules = AttributionRule.load(name, patterns, lexicon);
    Map<String, CueWordFilter> filterByDescription = new HashMap<>();
    this.cueFilters = rules.stream()
        .map(r -> CueWordFilter.of(r.pattern().pattern()))
        .map(f -> filterByDescription.computeIfAbsent(f.description(), d -> f))  // one check per sentence per description
        .toList();
    this.cueModel = optionalModel(model, DEFAULT_CUE_MODEL, CueModel::load);
    this.dropBelow = cueModel == null ? 0 : drop >= 0 ? drop : cueModel.dropBelow();
    this.addAbove = cueModel == null ? 2 : add >= 0 ? add
        : confidenceModel != null && confidenceModel.cueAddAbove() > 0 ? confidenceModel.cueAddAbove()
        : cueModel.addAbove();
    LOG.info("{}: {} cue lemmas, {} rules, cue classifier {}, boundary model {}", name, lexicon.frames().size(),
        rules.size(), cueModel == null ? "off" : model + " (drop below " + dropBelow + ", add from " + addAbove + ")",
        boundaryModel == null ? "off" : boundaries + " (window " + boundaryModel.window() + ")");
    LOG.info("{}: nesting model {}, confidence model {}", name, nestingModel == null ? "off" : nesting
        + " (split from " + this.splitFrom + ")", confidenceModel == null ? "off (each rule's prior)"
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
      applyBoundaries(view, drafts, boundaryModel);
    }
    LayoutGuard.apply(view.text(), layout, drafts);
    return drafts;
  }

  /** Moves each Content's begin and end to the boundary model's best candidates. */
  private static void applyBoundaries(DocumentView view, List<Draft> drafts, BoundaryModel model) {
    List<BoundaryChoice> choices = ContentBoundaries.choices(view, drafts, model.window());
    for (int i = 0; i < drafts.size(); i++) {
      BoundaryChoice c = choices.get(i);
      if (c == null || c.starts().isEmpty() || c.ends().isEmpty()) {
        continue;
      }
      BoundaryModel.Scored start = model.best(c.starts(), true);
      BoundaryModel.Scored end = model.best(c.ends(), false);
      Draft d = drafts.get(i);
      List<TextSpan> content = new ArrayList<>(d.content);
      int last = content.size() - 1;
      int begin = start.candidate().offset();
      int stop = end.candidate().offset();
      int firstEnd = last == 0 ? stop : content.get(0).end();
      int lastBegin = last == 0 ? begin : content.get(last).begin();
      if (begin >= firstEnd || lastBegin >= stop) {
        continue;
      }
      content.set(0, TextSpan.of(view.text(), begin, firstEnd));
      content.set(last, TextSpan.of(view.text(), lastBegin, stop));
      d.content.clear();
      d.content.addAll(content);
      d.beginScore = start.probability();
      d.endScore = end.probability();
    }
  }

  /** The document's attributions before the boundary model and the layout guard, sorted by trigger. */
  List<Draft> drafts(DocumentView view) {
    List<CoreLabel> tokens = view.tokens();
    Drafts drafts = firstPass(view);
    List<Draft> all = drafts.list();
    if (!nested) {
      if (nestingModel != null) {
        splitNested(view, all, nestingModel, splitFrom);
      }
      drafts.dropIf(d -> d.cueToken >= 0 && inOtherContent(d, all));
    }
    drafts.dropIf(d -> d.cueToken >= 0 && view.quoteAt(tokens.get(d.cueToken).beginPosition()) != null
        && !d.rule.equals("colon-speaker"));
    trimSources(view, all);
    directQuotes(view, drafts);
    trimSources(view, all);
    drafts.sort(Comparator.comparing((Draft d) -> d.trigger));
    return new ArrayList<>(all);
  }

  /** Rules, colon speakers and the cue classifier, before nesting is resolved. */
  Drafts firstPass(DocumentView view) {
    Drafts drafts = ruleDrafts(view);
    if (cueModel != null) {
      classify(view, drafts);
    }
    // a hearsay adverb inside another attribution ("reportedly said", "..., according to X")
    // belongs to that attribution
    List<Draft> all = drafts.list();
    drafts.dropIf(d -> d.rule.equals("hearsay-adverb") && insideOther(d, all));
    return drafts;
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

  static DocumentView view(Annotation doc) {
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    return new DocumentView(text, doc.get(CoreAnnotations.TokensAnnotation.class),
        doc.get(CoreAnnotations.SentencesAnnotation.class), QuoteFinder.find(text));
  }

  /** The attributions of the rules and the colon speakers, before the cue classifier. */
  Drafts ruleDrafts(DocumentView view) {
    Drafts drafts = new Drafts();
    for (int s = 0; s < view.sentenceCount(); s++) {
      applyRules(view, s, drafts);
    }
    colonSpeakers(view, drafts);
    return drafts;
  }

  CueLexicon lexicon() {
    return lexicon;
  }

  // ---- pass 1b: the cue classifier ----

  /**
   * Drops a rule attribution whose cue the classifier scores under {@code dropBelow}, and
   * makes an attribution of each unclaimed candidate scored at least {@code addAbove}:
   * Source = its subject (or the subject it borrows), Content = its clausal complement,
   * infinitive, object or parenthetical host, spans as the rules make them.
   */
  private void classify(DocumentView view, Drafts drafts) {
    List<CueCandidate> candidates = CueFeatures.candidates(view, lexicon, drafts);
    List<Draft> added = new ArrayList<>();
    for (CueCandidate c : candidates) {
      double p = cueModel.score(c.features());
      if (c.rule() != null) {
        if (p < dropBelow && !c.rule().equals("colon-speaker")) {
          drafts.reject(c.token());
        } else if (drafts.claimed(c.token())) {
          drafts.claimant(c.token()).cueScore = p;
        }
        continue;
      }
      if (!c.canAdd() || p < addAbove) {
        continue;
      }
      SemanticGraph g = view.graph(c.sentence());
      IndexedWord cue = view.node(c.sentence(), c.token());
      IndexedWord content = null;
      for (String rel : CueFeatures.CONTENT_RELATIONS) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(cue)) {
          if (content == null && e.getRelation().toString().equals(rel)) {
            content = e.getDependent();
          }
        }
      }
      if (content == null) {
        continue;
      }
      IndexedWord source = subjectOf(g, cue);
      Draft d = fromMatch(view, c.sentence(), g, "cue-classifier", cue, null, source, content, null);
      if (d != null) {
        d.cueScore = p;
        added.add(d);
      }
    }
    for (Draft d : added) {
      if (!drafts.claimed(d.cueToken)) {
        drafts.add(d);
      }
    }
  }

  // ---- pass 1: Semgrex rules ----

  private void applyRules(DocumentView view, int s, Drafts drafts) {
    SemanticGraph graph = view.graph(s);
    if (graph == null) {
      return;
    }
    List<CoreLabel> sentenceTokens = view.sentenceLabels(s);
    Map<CueWordFilter, Boolean> admitted = new HashMap<>();
    for (int r = 0; r < rules.size(); r++) {
      AttributionRule rule = rules.get(r);
      CueWordFilter filter = cueFilters.get(r);
      // no word of the sentence can be this rule's cue: the pattern cannot match
      if (!filter.always() && !admitted.computeIfAbsent(filter, f -> f.admits(sentenceTokens))) {
        continue;
      }
      SemgrexMatcher m = rule.pattern().matcher(graph);
      while (m.find()) {
        IndexedWord cue = m.getNode("cue");
        int cueToken = view.docIndex(s, cue);
        if (drafts.claimed(cueToken) || passiveParticipleClause(graph, cue)) {
          continue;
        }
        IndexedWord source = m.getNode("source");
        IndexedWord reporting = reportingVerbContinued(graph, cue);
        if (reporting != null && source != null && !hasSubject(graph, cue)) {
          // "X said that the army is exhausted and vowed to fight on": the parser hangs
          // "vowed" on the reported clause, but it continues the report and takes its subject
          source = subjectOf(graph, reporting);
        }
        Draft d = fromMatch(view, s, graph, rule.name(), cue, m.getNode("cue2"), source,
            m.getNode("content"), m.getNode("content2"), m.getNode("cue0"));
        if (d != null) {
          drafts.add(d);
        }
      }
    }
  }

  private Draft fromMatch(DocumentView view, int s, SemanticGraph graph, String rule, IndexedWord cue,
      IndexedWord cue2, IndexedWord source, IndexedWord content, IndexedWord content2) {
    return fromMatch(view, s, graph, rule, cue, cue2, source, content, content2, null);
  }

  private Draft fromMatch(DocumentView view, int s, SemanticGraph graph, String rule, IndexedWord cue,
      IndexedWord cue2, IndexedWord source, IndexedWord content, IndexedWord content2, IndexedWord cue0) {
    if (cue2 != null && cue2.index() < cue.index() - 1) {
      // a preposition far before the verb ("At the forum, X called ...") heads an adjunct,
      // not the content
      return null;
    }
    TreeSet<Integer> cueIdx = cueTokens(graph, cue);
    if (cue2 != null && cue2.index() > cueIdx.last() + 1 && !cue2.word().equalsIgnoreCase("by")) {
      // "spoke in a cottage on ...": a Cue is one continuous span; a preposition separated
      // from the verb group stays out of it (except the passive "by", PolNeAR "was
      // disclosed on Monday by")
      cue2 = null;
    }
    if (cue2 != null) {
      cueIdx.add(cue2.index());
      for (IndexedWord c : graph.getChildren(cue2)) {
        if (graph.reln(cue2, c).toString().equals("fixed")) {
          cueIdx.add(c.index());
        }
      }
      if (cue2.index() < cue.index()) {
        // "are under orders": the verb group left of a preposition that precedes the cue
        extendLeft(graph, cue, cueIdx);
      }
    }
    if (cue0 != null && cue0.index() < cueIdx.first() && cueIdx.first() - cue0.index() <= 3) {
      // "as noted by": the comment clause's "as" opens the cue
      for (int i = cue0.index(); i < cueIdx.first(); i++) {
        cueIdx.add(i);
      }
    }
    Set<Integer> contentIdx = subtree(graph, content);
    boolean trimmed = false;
    for (SemanticGraphEdge e : graph.outgoingEdgeList(content)) {
      // a verb hung on the content head as a bare dep after it is usually the main clause
      // the parser failed to attach ("X, who stated that Y, resigned")
      IndexedWord d = e.getDependent();
      if (e.getRelation().toString().equals("dep") && d.index() > content.index() && d.tag() != null
          && d.tag().startsWith("VB")) {
        contentIdx.removeAll(subtree(graph, d));
      }
      // "said that the army is depleted and vowed to rebuild it": a finite reporting verb
      // with no subject of its own, coordinated to the content head, continues the
      // reporting clause, not the reported one
      if (e.getRelation().toString().equals("conj") && cue.equals(reportingVerbContinued(graph, d))) {
        contentIdx.removeAll(subtree(graph, d));
        trimmed = true;
      }
    }
    for (SemanticGraphEdge e : graph.outgoingEdgeList(cue)) {
      // "thanked the volunteers and promised to ...": a verb coordinated with the cue after
      // the content starts a new report; the content does not run on to the sentence end
      if (e.getRelation().toString().equals("conj") && e.getDependent().index() > content.index()) {
        trimmed = true;
      }
    }
    for (IndexedWord inner : new IndexedWord[] {cue, source}) {
      if (inner != null && contentIdx.contains(inner.index())) {
        contentIdx.removeAll(subtree(graph, inner));
      }
    }
    if (content2 != null) {
      contentIdx.addAll(subtree(graph, content2));
    }
    contentIdx.removeAll(cueIdx);
    if (source != null) {
      Set<Integer> sourceIdx = subtree(graph, source);
      if (sourceIdx.contains(cue.index())) {
        // "X, citing Y, said": the participle cue and its content hang on the source
        sourceIdx.removeAll(subtree(graph, cue));
        sourceIdx.removeAll(subtree(graph, content));
      }
      contentIdx.removeAll(sourceIdx);
    }
    List<TextSpan> fragments = view.fragments(s, contentIdx);
    if (fragments.isEmpty()) {
      return null;
    }
    TextSpan cueSpan = view.span(s, cueIdx.first(), cueIdx.last());
    Draft.SourceParts sourceParts = source == null ? null : sourceParts(graph, s, source, cue, cueIdx);
    TextSpan sourceSpan = renderSource(view, sourceParts);
    if (!trimmed && cue.tag() != null && cue.tag().startsWith("VB") && cue.index() < content.index()
        && fragments.size() == 1 && !(source != null && modifiesNoun(graph, cue)
            && subtree(graph, source).contains(cue.index()))) {
      fragments = List.of(view.extendToSentenceEnd(s, fragments.get(0)));
    }
    Draft d = new Draft(rule, cueSpan, cueSpan, sourceSpan, List.of(), view.docIndex(s, cue), 0.7);
    d.sourceParts = sourceParts;
    for (TextSpan f : fragments) {
      d.addContent(view.text(), view.widenToQuotes(f));
    }
    return d;
  }

  /**
   * The reporting verb that {@code verb} continues although the parser coordinated it with
   * the reported clause: {@code verb} is a finite cue verb with no subject of its own, a
   * conj of the head of a clausal complement of a verb with the same tense ("said that the
   * army is exhausted and vowed to fight on": vowed continues said). A verb in another tense
   * ("said that the army is exhausted and wants to rest") belongs to the reported clause.
   * Null when there is none.
   */
  private IndexedWord reportingVerbContinued(SemanticGraph graph, IndexedWord verb) {
    if (verb.tag() == null || !verb.tag().matches("VB[DZP]") || verb.lemma() == null
        || !lexicon.frames().containsKey(verb.lemma().toLowerCase()) || hasSubject(graph, verb)) {
      return null;
    }
    for (SemanticGraphEdge e : graph.incomingEdgeList(verb)) {
      if (!e.getRelation().toString().equals("conj")) {
        continue;
      }
      IndexedWord clause = e.getGovernor();
      for (SemanticGraphEdge c : graph.incomingEdgeList(clause)) {
        IndexedWord reporting = c.getGovernor();
        if (c.getRelation().toString().equals("ccomp") && reporting.index() < clause.index()
            && verb.tag().equals(reporting.tag())) {
          return reporting;
        }
      }
    }
    return null;
  }

  /**
   * A participle that modifies a noun; when that noun is its source ("X, citing Y, said
   * ..."), its content ends with its own phrase and is not run on to the sentence end.
   */
  private static boolean modifiesNoun(SemanticGraph graph, IndexedWord verb) {
    for (SemanticGraphEdge e : graph.incomingEdgeList(verb)) {
      String rel = e.getRelation().toString();
      if (rel.equals("acl") || rel.equals("amod")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A subjectless past participle heading an adverbial clause ("Asked whether she would
   * run, the governor said ...", "... when asked about it"): passive in meaning, so the
   * main clause's subject is the one asked or told, not a speaker.
   */
  private static boolean passiveParticipleClause(SemanticGraph graph, IndexedWord verb) {
    if (!"VBN".equals(verb.tag()) || hasSubject(graph, verb)) {
      return false;
    }
    for (SemanticGraphEdge e : graph.outgoingEdgeList(verb)) {
      if (e.getRelation().toString().startsWith("aux")) {
        return false;
      }
    }
    for (SemanticGraphEdge e : graph.incomingEdgeList(verb)) {
      if (e.getRelation().toString().equals("advcl")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasSubject(SemanticGraph graph, IndexedWord verb) {
    for (SemanticGraphEdge e : graph.outgoingEdgeList(verb)) {
      if (e.getRelation().toString().startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The cue word with what PolNeAR counts as part of it: auxiliaries, negation and adverbs
   * right before it, its particle, a time expression or "in a statement / an interview"
   * right after it, and a governing "went on to" / "continued to".
   */
  private static TreeSet<Integer> cueTokens(SemanticGraph graph, IndexedWord cue) {
    TreeSet<Integer> idx = new TreeSet<>();
    idx.add(cue.index());
    Map<Integer, SemanticGraphEdge> children = new HashMap<>();
    for (SemanticGraphEdge e : graph.outgoingEdgeList(cue)) {
      children.put(e.getDependent().index(), e);
    }
    for (int i = cue.index() - 1; children.containsKey(i)
        && CUE_LEFT_RELATIONS.contains(children.get(i).getRelation().toString()); i--) {
      idx.add(i);
    }
    for (SemanticGraphEdge e : children.values()) {
      int d = e.getDependent().index();
      String rel = e.getRelation().toString();
      if ((rel.equals("compound:prt") || rel.equals("fixed")) && d > cue.index() && d <= cue.index() + 3) {
        idx.add(d);
      }
    }
    // right extensions, contiguous only: "said Thursday", "said in a statement"
    boolean grew = true;
    while (grew) {
      grew = false;
      for (SemanticGraphEdge e : children.values()) {
        IndexedWord d = e.getDependent();
        Set<Integer> sub = subtree(graph, d);
        int first = ((TreeSet<Integer>) sub).first();
        if (first != idx.last() + 1 || !cueExtension(graph, e)) {
          continue;
        }
        idx.addAll(sub);
        grew = true;
      }
    }
    for (SemanticGraphEdge e : graph.incomingEdgeList(cue)) {
      IndexedWord gov = e.getGovernor();
      if (e.getRelation().toString().equals("xcomp") && gov.index() < cue.index() && cue.index() - gov.index() <= 3
          && CUE_GOVERNORS.contains(gov.lemma())) {
        for (int i = gov.index(); i < cue.index(); i++) {
          idx.add(i);
        }
      }
    }
    return idx;
  }

  /** Auxiliaries, copula, negation and adverbs of {@code cue} right before the span so far. */
  private static void extendLeft(SemanticGraph graph, IndexedWord cue, TreeSet<Integer> idx) {
    Map<Integer, String> left = new HashMap<>();
    for (SemanticGraphEdge e : graph.outgoingEdgeList(cue)) {
      left.put(e.getDependent().index(), e.getRelation().toString());
    }
    for (int i = idx.first() - 1; left.containsKey(i) && CUE_LEFT_RELATIONS.contains(left.get(i)); i--) {
      idx.add(i);
    }
  }

  private static boolean cueExtension(SemanticGraph graph, SemanticGraphEdge e) {
    String rel = e.getRelation().toString();
    if (rel.equals("obl:tmod") || rel.equals("nmod:tmod") || rel.equals("obl:npmod")) {
      return true;
    }
    if (!rel.equals("obl")) {
      return false;
    }
    IndexedWord d = e.getDependent();
    if (!CUE_MEDIA.contains(d.lemma() == null ? "" : d.lemma().toLowerCase())) {
      return false;
    }
    for (IndexedWord c : graph.getChildren(d)) {
      if (c.word().equalsIgnoreCase("in")) {
        return true;
      }
    }
    return false;
  }

  private static Set<Integer> subtree(SemanticGraph graph, IndexedWord node) {
    Set<Integer> idx = new TreeSet<>();
    for (IndexedWord w : graph.descendants(node)) {
      idx.add(w.index());
    }
    return idx;
  }

  /** Relations of a source's post-modifiers that leave the Source when they hold another cue. */
  private static final Set<String> CUTTABLE_RELATIONS = Set.of("acl:relcl", "acl", "appos", "dep", "amod");

  /**
   * The Source with PolNeAR's extent: the subtree of its head, so determiner, title,
   * apposition, parenthesised acronym, participial modifier ("memos found on the ship") and
   * relative clause ("Moon, who has taken part in ...") are in; the cue's own subtree
   * (a participle cue hung on the source: "X, citing Y, said"), a present participle set
   * off by a comma ("X, speaking at a rally, said": PolNeAR train leaves 32 such out, keeps
   * about 15 in) and a leading preposition ("the claim by aides") are out. A post-modifier
   * that holds another attribution's cue leaves the span later ({@link #trimSources}).
   */
  private static Draft.SourceParts sourceParts(SemanticGraph graph, int s, IndexedWord source,
      IndexedWord cue, Set<Integer> cueIdx) {
    Set<Integer> all = subtree(graph, source);
    TreeSet<Integer> idx = new TreeSet<>(all);
    idx.removeAll(cueIdx);
    if (cue != null && !cue.equals(source) && all.contains(cue.index())) {
      idx.removeAll(subtree(graph, cue));
    }
    List<Set<Integer>> cuttable = new ArrayList<>();
    for (SemanticGraphEdge e : graph.outgoingEdgeList(source)) {
      IndexedWord d = e.getDependent();
      if (e.getRelation().toString().equals("case") && d.index() < source.index()
          && d.tag() != null && d.tag().equals("IN")) {
        idx.remove(d.index());
      }
      if (d.index() > source.index() && CUTTABLE_RELATIONS.contains(e.getRelation().toString())) {
        Set<Integer> sub = subtree(graph, d);
        IndexedWord before = graph.getNodeByIndexSafe(d.index() - 1);
        boolean adjunct = e.getRelation().toString().equals("acl") && "VBG".equals(d.tag())
            && before != null && before.word().equals(",");
        if (cue != null && sub.contains(cue.index()) || adjunct) {
          // the post-modifier that holds this very cue ("X, citing figures, said" read as an
          // apposition "figures" with the adjective "citing") leaves with everything after it;
          // so does a present participle set off by a comma ("X, speaking at a rally, said"):
          // PolNeAR leaves such adjuncts of the reporting clause out of the Source
          int first = ((TreeSet<Integer>) sub).first();
          idx.removeIf(i -> i >= first);
        } else {
          cuttable.add(sub);
        }
      }
    }
    return idx.isEmpty() ? null : new Draft.SourceParts(s, idx, cuttable);
  }

  /**
   * The span of {@code parts}: first to last token, edge punctuation trimmed, a closing
   * parenthesis kept when its opening one is in ("the Statistics Office (SO)").
   */
  private TextSpan renderSource(DocumentView view, Draft.SourceParts parts) {
    if (parts == null) {
      return null;
    }
    List<TextSpan> f = view.fragments(parts.sentence(), parts.idx());
    if (f.isEmpty()) {
      return null;
    }
    String text = view.text();
    int begin = f.get(0).begin();
    int end = f.get(f.size() - 1).end();
    String span = text.substring(begin, end);
    if (span.chars().filter(c -> c == '(').count() > span.chars().filter(c -> c == ')').count()) {
      int close = end;
      while (close < text.length() && close - end < 3 && text.charAt(close) != ')' && isBlank(text.charAt(close))) {
        close++;
      }
      if (close < text.length() && text.charAt(close) == ')' && parts.idx().contains(tokenAt(view, parts, close))) {
        end = close + 1;
      }
    }
    if (sourceClosingComma && text.substring(begin, end).contains(",") && end < text.length()
        && text.charAt(end) == ',') {
      end++;
    }
    return TextSpan.of(text, begin, end);
  }

  /** The 1-based sentence index of the token starting at {@code offset}, or -1. */
  private static int tokenAt(DocumentView view, Draft.SourceParts parts, int offset) {
    List<Integer> sent = view.sentenceTokens(parts.sentence());
    for (int i = 0; i < sent.size(); i++) {
      if (view.token(sent.get(i)).beginPosition() == offset) {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * PolNeAR gives a token to at most one attribution, so a Source never contains another
   * attribution: a relative clause, participle or apposition of the source that holds
   * another attribution's cue ("one driver, who claimed ..., told police"; "X, citing Y,
   * said") leaves the Source, which then ends before it.
   */
  private void trimSources(DocumentView view, List<Draft> drafts) {
    for (Draft d : drafts) {
      Draft.SourceParts parts = d.sourceParts;
      if (parts == null || parts.cuttable().isEmpty()) {
        continue;
      }
      TreeSet<Integer> idx = new TreeSet<>(parts.idx());
      boolean cut = false;
      for (Set<Integer> c : parts.cuttable()) {
        TreeSet<Integer> sub = new TreeSet<>(c);
        TextSpan extent = view.span(parts.sentence(), sub.first(), sub.last());
        for (Draft o : drafts) {
          if (o != d && o.trigger.begin() >= extent.begin() && o.trigger.begin() < extent.end()
              && !(d.trigger.begin() >= extent.begin() && d.trigger.begin() < extent.end())) {
            idx.removeAll(c);
            // the apposition or clause comes off with everything after it
            idx.removeIf(i -> i > sub.first());
            cut = true;
            break;
          }
        }
      }
      if (cut && !idx.isEmpty()) {
        Draft.SourceParts narrowed = new Draft.SourceParts(parts.sentence(), idx, List.of());
        d.sourceParts = narrowed;
        d.source = renderSource(view, narrowed);
      }
    }
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

  // ---- pass 2: direct quotes ----

  private void directQuotes(DocumentView view, Drafts drafts) {
    Draft previousDirect = null;
    for (TextSpan quote : view.quotes()) {
      Draft covering = null;
      for (Draft d : drafts.list()) {
        if (d.contentOverlaps(quote)) {
          covering = d;
        }
      }
      if (covering != null) {
        previousDirect = covering;
        continue;
      }
      List<Integer> inside = view.tokensIn(quote);
      if (inside.isEmpty() || !isSpeech(view, quote, inside)) {
        continue;
      }
      Draft d = attachToCue(view, quote, inside, drafts);
      if (d == null) {
        d = dashSignature(view, quote, drafts);
      }
      if (d == null && continuations && previousDirect != null && view.fillsItsSentences(quote, inside)) {
        int paragraphs = view.paragraphsBetween(previousDirect.contentEnd(), quote.begin());
        if (continuationFragments && paragraphs == 0 && previousDirect.cue != null) {
          // PolNeAR: '"A," he said. "B."' is one attribution whose Content is A + B
          previousDirect.addContent(view.text(), quote);
          d = previousDirect;
        } else if (paragraphs <= 1) {
          TextSpan mark = TextSpan.of(view.text(), quote.begin(), quote.begin() + 1);
          d = new Draft("continuation", mark, null, previousDirect.source, List.of(quote), -1, 0.6);
          drafts.add(d);
        }
      }
      if (d != null) {
        previousDirect = d;
      }
    }
  }

  /** Speech, not a scare quote or a title: long, or verbal, or ending a sentence, or governed by a saying verb. */
  private boolean isSpeech(DocumentView view, TextSpan quote, List<Integer> inside) {
    int words = 0;
    boolean verb = false;
    String last = "";
    for (int t : inside) {
      CoreLabel tok = view.token(t);
      String w = tok.word();
      if (Character.isLetterOrDigit(w.charAt(0))) {
        words++;
      }
      verb |= tok.tag() != null && tok.tag().startsWith("VB");
      if (!DocumentView.isQuoteMark(w)) {
        last = w;
      }
    }
    boolean finalPunct = last.equals(".") || last.equals("?") || last.equals("!") || last.equals("\u2026");
    if (finalPunct || (!titleCase(view, inside) && (words > scareQuoteMaxWords || verb))) {
      return true;
    }
    return governingCue(view, inside) != null;
  }

  /** Every word capitalised except short function words: the title of a work, not speech. */
  private static boolean titleCase(DocumentView view, List<Integer> inside) {
    int capitalised = 0;
    for (int t : inside) {
      String w = view.token(t).word();
      if (!Character.isLetter(w.charAt(0))) {
        continue;
      }
      if (Character.isUpperCase(w.charAt(0))) {
        capitalised++;
      } else if (w.length() > 3) {
        return false;
      }
    }
    return capitalised >= 2;
  }

  /** The quote-introducing verb that governs the quote's head from outside, if any. */
  private IndexedWord governingCue(DocumentView view, List<Integer> inside) {
    Set<Integer> in = new TreeSet<>(inside);
    for (int t : inside) {
      int s = view.sentenceOf(t);
      SemanticGraph g = view.graph(s);
      IndexedWord w = g == null ? null : view.node(s, t);
      if (w == null || !g.containsVertex(w)) {
        continue;
      }
      for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
        IndexedWord gov = e.getGovernor();
        if (!in.contains(view.docIndex(s, gov)) && lexicon.has(gov.lemma(), "quote")
            && GOVERNED_QUOTE_RELATIONS.contains(e.getRelation().toString())) {
          return gov;
        }
      }
    }
    return null;
  }

  private Draft attachToCue(DocumentView view, TextSpan quote, List<Integer> inside, Drafts drafts) {
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    Set<Integer> ownSentences = new TreeSet<>();
    for (int s = view.sentenceOf(inside.get(0)); s <= view.sentenceOf(inside.get(inside.size() - 1)); s++) {
      ownSentences.add(s);
    }
    for (int s : view.cueSentences(quote, inside)) {
      for (int t : view.sentenceTokens(s)) {
        CoreLabel tok = view.token(t);
        if (view.quoteAt(tok.beginPosition()) != null || tok.tag() == null || !tok.tag().startsWith("VB")
            || !lexicon.has(tok.lemma(), "quote")) {
          continue;
        }
        Draft existing = drafts.claimant(t);
        if (existing != null && !existing.kind(view.quotes()).equals("Direct")) {
          continue;
        }
        IndexedWord node = view.node(s, t);
        if (node != null && view.graph(s).containsVertex(node) && passiveParticipleClause(view.graph(s), node)) {
          continue;
        }
        int distance = tok.beginPosition() >= quote.end()
            ? tok.beginPosition() - quote.end() : quote.begin() - tok.endPosition();
        if (!ownSentences.contains(s)) {
          // a cue in a neighbouring sentence must sit next to the quote, and only counts
          // when the quote's own sentences have none
          if (distance > 40) {
            continue;
          }
          distance += 10_000;
        }
        if (distance >= 0 && distance < bestDistance) {
          best = t;
          bestDistance = distance;
        }
      }
    }
    if (best < 0) {
      return null;
    }
    Draft existing = drafts.claimant(best);
    if (existing != null) {
      existing.addContent(view.text(), quote);
      return existing;
    }
    int s = view.sentenceOf(best);
    SemanticGraph g = view.graph(s);
    IndexedWord cue = view.node(s, best);
    if (g == null || cue == null || !g.containsVertex(cue)) {
      return null;
    }
    IndexedWord subject = subjectOf(g, cue);
    TreeSet<Integer> cueIdx = cueTokens(g, cue);
    TextSpan cueSpan = view.span(s, cueIdx.first(), cueIdx.last());
    Draft.SourceParts sourceParts = subject == null ? null : sourceParts(g, s, subject, cue, cueIdx);
    Draft d = new Draft("direct-quote", cueSpan, cueSpan, renderSource(view, sourceParts), List.of(quote), best, 0.9);
    d.sourceParts = sourceParts;
    drafts.add(d);
    return d;
  }

  /**
   * The cue's own subject, or for a subjectless participle / coordinated verb, its
   * governor's (the reporting verb's when the verb continues the report).
   */
  private IndexedWord subjectOf(SemanticGraph g, IndexedWord verb) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
      if (e.getRelation().toString().equals("nsubj")) {
        return e.getDependent();
      }
    }
    IndexedWord reporting = reportingVerbContinued(g, verb);
    if (reporting != null) {
      return subjectOf(g, reporting);
    }
    IndexedWord before = g.getNodeByIndexSafe(verb.index() - 1);
    if ("VBG".equals(verb.tag()) && before != null && before.word().equals(",")) {
      for (SemanticGraphEdge e : g.incomingEdgeList(verb)) {
        if (e.getRelation().toString().equals("acl")) {
          // "The agency, citing ..., said": the noun the participle modifies does the citing
          // ("voters supporting the bill": a restrictive modifier, not a source's act)
          return e.getGovernor();
        }
      }
    }
    for (SemanticGraphEdge e : g.incomingEdgeList(verb)) {
      if (BORROWING_RELATIONS.contains(e.getRelation().toString())) {
        for (SemanticGraphEdge s : g.outgoingEdgeList(e.getGovernor())) {
          if (s.getRelation().toString().equals("nsubj")) {
            return s.getDependent();
          }
        }
      }
    }
    return null;
  }

  /**
   * A sentence that opens with a short proper (or upper-case) name and a colon ("Pence: ...", a transcript's
   * "WALLACE: ..."): the name is the source, the colon the cue, the rest of the line the
   * content.
   */
  private static void colonSpeakers(DocumentView view, Drafts drafts) {
    String text = view.text();
    for (int s = 0; s < view.sentenceCount(); s++) {
      List<Integer> sent = view.sentenceTokens(s);
      int first = 0;
      while (first < sent.size() && DocumentView.isQuoteMark(view.token(sent.get(first)).word())) {
        first++;
      }
      int colon = -1;
      for (int i = first; i < sent.size() && i <= first + 4; i++) {
        if (view.token(sent.get(i)).word().equals(":")) {
          colon = i;
          break;
        }
      }
      if (colon <= first || colon + 1 >= sent.size() || drafts.claimed(sent.get(colon))) {
        continue;
      }
      boolean names = true;
      for (int i = first; i < colon; i++) {
        String tag = view.token(sent.get(i)).tag();
        String word = view.token(sent.get(i)).word();
        boolean shouted = word.length() > 1 && word.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.');
        names &= shouted || tag != null && (tag.startsWith("NNP") || tag.equals("POS"));
      }
      int contentBegin = view.token(sent.get(colon + 1)).beginPosition();
      int lineEnd = text.indexOf('\n', contentBegin);
      int contentEnd = lineEnd < 0 ? text.length() : lineEnd;
      while (contentEnd > contentBegin && (isBlank(text.charAt(contentEnd - 1)) || text.charAt(contentEnd - 1) == '.')) {
        contentEnd--;
      }
      if (!names || contentEnd <= contentBegin) {
        continue;
      }
      CoreLabel c = view.token(sent.get(colon));
      TextSpan cue = TextSpan.of(text, c.beginPosition(), c.endPosition());
      TextSpan source = TextSpan.of(text, view.token(sent.get(first)).beginPosition(),
          view.token(sent.get(colon - 1)).endPosition());
      Draft d = new Draft("colon-speaker", cue, cue, source, List.of(TextSpan.of(text, contentBegin, contentEnd)),
          sent.get(colon), 0.6);
      drafts.add(d);
    }
  }

  /** A quote signed on the same line by a dash and a name: {@code "..." ― Jane Doe}. */
  private static Draft dashSignature(DocumentView view, TextSpan quote, Drafts drafts) {
    String text = view.text();
    int i = quote.end();
    while (i < text.length() && text.charAt(i) != '\n' && isBlank(text.charAt(i))) {
      i++;
    }
    if (i >= text.length() || "\u2015\u2014\u2013".indexOf(text.charAt(i)) < 0) {
      return null;
    }
    int nameBegin = i + 1;
    while (nameBegin < text.length() && isBlank(text.charAt(nameBegin)) && text.charAt(nameBegin) != '\n') {
      nameBegin++;
    }
    int lineEnd = text.indexOf('\n', nameBegin);
    int nameEnd = lineEnd < 0 ? text.length() : lineEnd;
    while (nameEnd > nameBegin && (isBlank(text.charAt(nameEnd - 1)) || text.charAt(nameEnd - 1) == '.')) {
      nameEnd--;
    }
    if (nameEnd <= nameBegin || !Character.isUpperCase(text.charAt(nameBegin))
        || text.substring(nameBegin, nameEnd).split("\\s+").length > 6) {
      return null;
    }
    TextSpan cue = TextSpan.of(text, i, i + 1);
    Draft d = new Draft("dash-signature", cue, cue, TextSpan.of(text, nameBegin, nameEnd), List.of(quote), -1, 0.7);
    drafts.add(d);
    return d;
  }

  /** Whitespace including the no-break space news sites like. */
  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
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
