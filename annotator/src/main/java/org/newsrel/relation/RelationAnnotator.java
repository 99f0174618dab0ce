package org.newsrel.relation;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.newsrel.NewsrelAnnotations;
import org.newsrel.core.Argument;
import org.newsrel.core.EntityMention;
import org.newsrel.core.Event;
import org.newsrel.core.TextSpan;
import org.newsrel.internal.AnnotatorProperties;
import org.newsrel.layout.Layout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts relation events (Capture, Kill, and any relation defined by a rule file) from
 * the enhanced++ dependency graph, writing them in the ANNOTATION_SCHEME form: a trigger,
 * role-labelled argument spans (no entity ids: {@code newsrel_identity} adds them) and a
 * {@code Modality} attribute. All linguistic knowledge lives in rule files (format
 * documented in {@code org/newsrel/relation/capture.rules}) and in the noun lexicon; this
 * class is only the mechanism.
 *
 * <p>Properties (under {@code NAME.}, unknown ones rejected):
 * <ul>
 *   <li>{@code relations} (default {@code capture,kill}): comma-separated relations to
 *       load; a bare name is the classpath resource {@code org/newsrel/relation/NAME.rules},
 *       a path or a name ending in {@code .rules} is a file (or classpath resource).</li>
 *   <li>{@code nouns} (default {@code org/newsrel/relation/nouns.txt}): the noun lexicon
 *       (animate / inanimate / place / time blocks), classpath resource or file.</li>
 *   <li>{@code corenlpAnimacy} (default {@code true}): also consult CoreNLP's dcoref
 *       animacy lists from the models jar.</li>
 *   <li>{@code reparseTitleCase} (default {@code true}): re-tag and re-parse title-case
 *       headlines lower-cased (with the pipeline's own pos and depparse annotators).</li>
 *   <li>{@code placeFromPreviousSentence} (default {@code true}): an event with no Place in a
 *       sentence that names no place takes the named place of the previous sentence's main
 *       clause ("Fighting broke out in X. Rebels killed six guards." gives Place X;
 *       gold/GUIDELINES.md section 5.2).</li>
 * </ul>
 *
 * <p>Reads tokens, sentences, POS, lemmas, NER, the enhanced++ dependency graph and, when
 * present, {@link NewsrelAnnotations.EntityMentionsAnnotation} (GROUP / PERSON / LOCATION
 * mentions help decide animacy and places) and the news layout
 * ({@link NewsrelAnnotations.LayoutAnnotation}): no trigger and no argument (nor a Place
 * inherited from the previous sentence) is taken from a dateline, byline, photo credit or
 * boilerplate span. Writes
 * {@link NewsrelAnnotations.RelationEventsAnnotation}: events sorted by trigger offset.
 */
public final class RelationAnnotator implements Annotator {

  private static final Logger LOG = LoggerFactory.getLogger(RelationAnnotator.class);

  /** Default value of {@code NAME.relations}. */
  public static final String DEFAULT_RELATIONS = "capture,kill";
  /** Default value of {@code NAME.nouns}. */
  public static final String DEFAULT_NOUNS = "org/newsrel/relation/nouns.txt";

  private final String name;
  private final List<RelationRules> relations;
  private final RelationExtractor extractor;
  private final TitleCaseReparser reparser;
  private final boolean placeFromPreviousSentence;

  /**
   * The properties this annotator reads, under its {@code name + "."} prefix (see the class
   * comment for each one's meaning and default); any other key under the prefix is rejected.
   */
  public static final java.util.Set<String> PROPERTIES = java.util.Set.of(
      "relations", "nouns", "corenlpAnimacy", "reparseTitleCase", "placeFromPreviousSentence");

  /** The constructor CoreNLP calls for {@code customAnnotatorClass.NAME}. */
  public RelationAnnotator(String name, Properties props) {
    this.name = name;
    AnnotatorProperties p = new AnnotatorProperties(name, props, PROPERTIES);
    String relationList = p.get("relations", DEFAULT_RELATIONS);
    String nounsSpec = p.get("nouns", DEFAULT_NOUNS);
    boolean corenlpAnimacy = p.getBoolean("corenlpAnimacy", true);
    boolean reparse = p.getBoolean("reparseTitleCase", true);
    this.placeFromPreviousSentence = p.getBoolean("placeFromPreviousSentence", true);
    p.rejectUnknown();
    RuleFileParser parser = new RuleFileParser(name);
    List<RelationRules> loaded = new ArrayList<>();
    for (String spec : Arrays.stream(relationList.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()) {
      loaded.add(parser.load(spec));
    }
    if (loaded.isEmpty()) {
      throw new IllegalArgumentException("Annotator " + name + ": property " + name + ".relations lists no relation");
    }
    this.relations = List.copyOf(loaded);
    this.extractor = new RelationExtractor(relations, NounLexicon.load(name, nounsSpec, corenlpAnimacy));
    this.reparser = reparse ? new TitleCaseReparser(TitleCaseReparser.parserName(props)) : null;
    LOG.info("{}: loaded relations {}", name, relations.stream().map(RelationRules::type).toList());
  }

  /** The relations this annotator extracts, as loaded from their rule files. */
  public List<RelationRules> relations() {
    return relations;
  }

  @Override
  public void annotate(Annotation document) {
    String text = document.get(CoreAnnotations.TextAnnotation.class);
    List<EntityMention> entities = document.get(NewsrelAnnotations.EntityMentionsAnnotation.class);
    if (entities == null) {
      entities = List.of();
    }
    Layout layout = Layout.of(document);
    List<Event> events = new ArrayList<>();
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    for (int s = 0; s < sentences.size(); s++) {
      CoreMap sentence = sentences.get(s);
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      if (graph == null || tokens == null || !extractor.mentionsTrigger(tokens)) {
        continue;
      }
      if (reparser != null && TitleCaseReparser.isTitleCase(tokens)) {
        TitleCaseReparser.Reparse reparsed = reparser.reparse(tokens, s, entities);
        if (reparsed != null) {
          tokens = reparsed.tokens();
          graph = reparsed.graph();
        }
      }
      List<Event> found = extractor.extract(text, tokens, graph, entities);
      if (placeFromPreviousSentence && s > 0 && !found.isEmpty() && !extractor.namesPlace(tokens, entities)) {
        TextSpan place = previousPlace(text, sentences.get(s - 1), entities);
        found = withInheritedPlace(found, place == null || layout.blocks(place) ? null : place);
      }
      events.addAll(layout.withoutBlocked(found));
    }
    events.sort(Comparator.comparing(Event::trigger).thenComparing(Event::type));
    document.set(NewsrelAnnotations.RelationEventsAnnotation.class, List.copyOf(events));
  }

  private TextSpan previousPlace(String text, CoreMap sentence, List<EntityMention> entities) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    return tokens == null || graph == null ? null : extractor.clausePlace(text, tokens, graph, entities);
  }

  /** The events, those of a relation with a Place role but none filled given {@code place}. */
  private List<Event> withInheritedPlace(List<Event> events, TextSpan place) {
    if (place == null) {
      return events;
    }
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      boolean hasRole = relations.stream().anyMatch(r -> r.type().equals(e.type()) && r.roles().contains("Place"));
      if (!hasRole || e.argument("Place").isPresent()) {
        out.add(e);
        continue;
      }
      List<Argument> args = new ArrayList<>(e.arguments());
      args.add(Argument.of("Place", place));
      out.add(new Event(e.type(), e.trigger(), args, e.attributes(), e.confidence(),
          e.rule() + ", Place from the previous sentence"));
    }
    return out;
  }

  @Override
  @SuppressWarnings("rawtypes") // the signature CoreNLP's Annotator interface declares
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(
        CoreAnnotations.TextAnnotation.class,
        CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class,
        CoreAnnotations.LemmaAnnotation.class,
        CoreAnnotations.NamedEntityTagAnnotation.class,
        SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(NewsrelAnnotations.RelationEventsAnnotation.class);
  }

  @Override
  public String toString() {
    return name + relations.stream().map(RelationRules::type).toList();
  }
}
