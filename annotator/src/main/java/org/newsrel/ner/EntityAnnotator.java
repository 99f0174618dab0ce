package org.newsrel.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.newsrel.NewsrelAnnotations;
import org.newsrel.core.EntityMention;
import org.newsrel.core.LayoutSpan;
import org.newsrel.internal.AnnotatorProperties;
import org.newsrel.layout.Layout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entity layer ({@code newsrel_entities}): PERSON, ORGANIZATION, LOCATION,
 * NATIONALITY, DATE, NUMBER, TITLE and GROUP mentions with document-level ids.
 *
 * <p>Starts from CoreNLP's NER tags (the CRF types plus SUTime dates and numbers), takes
 * a second CRF's reading of the names where it has one ({@code secondModel} below), and
 * corrects them with the rules of {@link TokenLabeler} (pronouns, web names such as
 * "Foobar.com", seats of government such as "the Kremlin" standing for the government,
 * acronyms, capitalised names ending in an organisation head, unknown place names before
 * "region", headline noise and section labels, document-level consistency), adds NATIONALITY and TITLE from the lexicon
 * (TITLE by {@link TitleFinder}),
 * GROUP from the dependency parse ({@link GroupFinder}), and ids from
 * {@link DocumentIdentity}. Word lists live in {@code org/newsrel/ner/entity-lexicon.txt}.
 *
 * <p>Properties (under {@code NAME.}; unknown ones are rejected):
 * <ul>
 *   <li>{@code lexicon} (default {@value EntityLexicon#DEFAULT_RESOURCE}): classpath
 *       resource or file of the lexicon.
 *   <li>{@code groups} (default true): find GROUP mentions.
 *   <li>{@code titles} (default true): find TITLE mentions.
 *   <li>{@code secondModel} (default {@value #DEFAULT_SECOND_MODEL}; {@code none} turns it
 *       off): a second CoreNLP CRF whose PERSON / ORGANIZATION / LOCATION reading is
 *       taken wherever it finds a name, the pipeline's own CRF (the CoNLL 4-class model of
 *       {@code newsrel_ner}) filling the tokens where it finds none (see
 *       {@link TokenLabeler}). The default is the model CoreNLP itself runs first: trained
 *       on CoNLL, MUC, ACE, OntoNotes and Wikipedia, it knows far more companies, media
 *       and US places than the CoNLL model, which keeps its MISC and the names the wider
 *       model misses. A classpath resource or a file.
 *   <li>{@code linkBareGroups} (default false; measured no gain on the gold set): a GROUP without a nationality word ("the
 *       soldiers") takes the id of the nearest preceding GROUP of the same head class
 *       that has one (see {@link DocumentIdentity}).
 * </ul>
 *
 * <p>Reads tokens, sentences, POS, lemmas, NER tags and basic dependencies, and the news layout
 * when {@code newsrel_layout} ran: no mention is kept in a boilerplate line ("Trending Now",
 * "Follow us on ...": gold/GUIDELINES.md section 0 annotates nothing there; datelines,
 * bylines and credits keep their names). Writes
 * {@link NewsrelAnnotations.EntityMentionsAnnotation} (sorted by offset; canonical ids on
 * PERSON/ORGANIZATION/LOCATION/GROUP, document-level until
 * the identity package's cross-document pass links a corpus) and
 * {@link NerAnnotations.AcronymsAnnotation} (acronym to expansion, per document).
 * Stateless after construction, so one instance serves several threads.
 */
public final class EntityAnnotator implements Annotator {

  private static final Logger LOG = LoggerFactory.getLogger(EntityAnnotator.class);

  /** The second CRF by default: CoreNLP's 3-class model (PERSON, ORGANIZATION, LOCATION). */
  public static final String DEFAULT_SECOND_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  private final EntityLexicon lexicon;
  private final TokenLabeler labeler;
  private final TitleFinder titleFinder;
  private final GroupFinder groupFinder;
  private final DocumentIdentity identity;
  private final boolean groups;
  private final boolean titles;
  /** Null when {@code secondModel=none}. CoreNLP's CRF classifiers are safe to share between threads. */
  private final CRFClassifier<CoreLabel> secondModel;

  /**
   * The properties this annotator reads, under its {@code name + "."} prefix (see the class
   * comment for each one's meaning and default); any other key under the prefix is rejected.
   */
  public static final java.util.Set<String> PROPERTIES = java.util.Set.of(
      "lexicon", "groups", "titles", "linkBareGroups", "secondModel");

  public EntityAnnotator(String name, Properties props) {
    AnnotatorProperties p = new AnnotatorProperties(name, props, PROPERTIES);
    this.lexicon = EntityLexicon.load(name, p.get("lexicon", EntityLexicon.DEFAULT_RESOURCE));
    this.groups = p.getBoolean("groups", true);
    this.titles = p.getBoolean("titles", true);
    boolean linkBareGroups = p.getBoolean("linkBareGroups", false);
    String second = p.get("secondModel", DEFAULT_SECOND_MODEL);
    p.rejectUnknown();
    this.secondModel = second.equals("none") ? null : loadCrf(name, second);
    this.labeler = new TokenLabeler(lexicon);
    this.titleFinder = new TitleFinder(lexicon);
    this.groupFinder = new GroupFinder(lexicon);
    this.identity = new DocumentIdentity(lexicon, linkBareGroups);
    LOG.debug("{}: loaded lexicon", name);
  }

  private static CRFClassifier<CoreLabel> loadCrf(String name, String location) {
    try {
      return CRFClassifier.getClassifier(location);
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      throw new IllegalArgumentException(name + ".secondModel: cannot load " + location + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void annotate(Annotation doc) {
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreLabel> allTokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    DocumentLabels labels = labeler.label(text, allTokens, sentences, secondReading(allTokens, sentences));
    List<EntityMention> mentions = new ArrayList<>(labels.mentions(text));
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      SemanticGraph deps = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (titles) {
        mentions.addAll(titleFinder.titles(text, tokens, deps, labels));
      }
      if (groups && deps != null) {
        mentions.addAll(groupFinder.find(text, tokens, deps, labels));
      }
    }
    Layout layout = Layout.of(doc);
    mentions.removeIf(m -> layout.overlaps(m.span(), LayoutSpan.Kind.BOILERPLATE));
    mentions = dedupe(mentions);
    mentions.sort(Comparator.comparing(EntityMention::span).thenComparing(EntityMention::type));
    doc.set(NewsrelAnnotations.EntityMentionsAnnotation.class,
        List.copyOf(identity.assign(mentions, labels.acronyms())));
    doc.set(NerAnnotations.AcronymsAnnotation.class, Map.copyOf(labels.acronyms()));
  }

  /** The second CRF's answer per document token (copies of the words are classified: the tokens are not touched), or null. */
  private String[] secondReading(List<CoreLabel> allTokens, List<CoreMap> sentences) {
    if (secondModel == null) {
      return null;
    }
    String[] out = new String[allTokens.size()];
    for (CoreMap sentence : sentences) {
      int from = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<CoreLabel> words = new ArrayList<>(tokens.size());
      for (CoreLabel t : tokens) {
        CoreLabel c = new CoreLabel();
        c.setWord(t.word());
        c.setValue(t.word());
        words.add(c);
      }
      // classifySentence, not classify: it runs the model's own preprocessing (word shapes,
      // the word function) as CoreNLP's NER annotator does
      List<CoreLabel> answers = secondModel.classifySentence(words);
      for (int k = 0; k < answers.size(); k++) {
        out[from + k] = answers.get(k).get(CoreAnnotations.AnswerAnnotation.class);
      }
    }
    return out;
  }

  private static List<EntityMention> dedupe(List<EntityMention> mentions) {
    Map<String, EntityMention> byKey = new LinkedHashMap<>();
    for (EntityMention m : mentions) {
      byKey.putIfAbsent(m.span().begin() + ":" + m.span().end() + ":" + m.type(), m);
    }
    return new ArrayList<>(byKey.values());
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.PartOfSpeechAnnotation.class,
        CoreAnnotations.LemmaAnnotation.class, CoreAnnotations.NamedEntityTagAnnotation.class,
        SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(NewsrelAnnotations.EntityMentionsAnnotation.class, NerAnnotations.AcronymsAnnotation.class);
  }
}
