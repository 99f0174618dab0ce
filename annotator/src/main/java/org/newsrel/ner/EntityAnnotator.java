package org.newsrel.ner;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.newsrel.NewsrelAnnotations;
import org.newsrel.core.AnnotatorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entity layer ({@code newsrel_entities}): PERSON, ORGANIZATION, LOCATION,
 * NATIONALITY, DATE, NUMBER, TITLE and GROUP mentions with document-level ids.
 *
 * <p>Starts from CoreNLP's NER tags (the CRF types plus SUTime dates and numbers) and
 * corrects them with the rules of {@link TokenLabeler} (pronouns, web names such as
 * "Foobar.com", seats of government such as "the Kremlin" standing for the government,
 * acronyms, capitalised names ending in an organisation head, unknown place names before
 * "region", headline noise and section labels, document-level consistency), adds NATIONALITY and TITLE from the lexicon,
 * GROUP from the dependency parse ({@link GroupFinder}), and ids from
 * {@link DocumentIdentity}. Word lists live in {@code org/newsrel/ner/entity-lexicon.txt}.
 *
 * <p>Properties (under {@code NAME.}; unknown ones are rejected):
 * <ul>
 *   <li>{@code lexicon} (default {@value EntityLexicon#DEFAULT_RESOURCE}): classpath
 *       resource or file of the lexicon.
 *   <li>{@code groups} (default true): find GROUP mentions.
 *   <li>{@code titles} (default true): find TITLE mentions.
 *   <li>{@code linkBareGroups} (default false; measured no gain on the gold set): a GROUP without a nationality word ("the
 *       soldiers") takes the id of the nearest preceding GROUP of the same head class
 *       that has one (see {@link DocumentIdentity}).
 * </ul>
 *
 * <p>Reads tokens, sentences, POS, lemmas, NER tags and basic dependencies. Writes
 * {@link NewsrelAnnotations.EntityMentionsAnnotation} (sorted by offset; canonical ids on
 * PERSON/ORGANIZATION/LOCATION/GROUP, document-level until
 * {@link CrossDocumentIdentity} links a corpus) and
 * {@link NerAnnotations.AcronymsAnnotation} (acronym to expansion, per document).
 * Stateless after construction, so one instance serves several threads.
 */
public final class EntityAnnotator implements Annotator {

  private static final Logger LOG = LoggerFactory.getLogger(EntityAnnotator.class);

  private final EntityLexicon lexicon;
  private final TokenLabeler labeler;
  private final GroupFinder groupFinder;
  private final DocumentIdentity identity;
  private final boolean groups;
  private final boolean titles;

  /**
   * The properties this annotator reads, under its {@code name + "."} prefix (see the class
   * comment for each one's meaning and default); any other key under the prefix is rejected.
   */
  public static final java.util.Set<String> PROPERTIES = java.util.Set.of(
      "lexicon", "groups", "titles", "linkBareGroups");

  public EntityAnnotator(String name, Properties props) {
    AnnotatorProperties p = new AnnotatorProperties(name, props, PROPERTIES);
    this.lexicon = EntityLexicon.load(name, p.get("lexicon", EntityLexicon.DEFAULT_RESOURCE));
    this.groups = p.getBoolean("groups", true);
    this.titles = p.getBoolean("titles", true);
    boolean linkBareGroups = p.getBoolean("linkBareGroups", false);
    p.rejectUnknown();
    this.labeler = new TokenLabeler(lexicon);
    this.groupFinder = new GroupFinder(lexicon);
    this.identity = new DocumentIdentity(lexicon, linkBareGroups);
    LOG.debug("{}: loaded lexicon", name);
  }

  @Override
  public void annotate(Annotation doc) {
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreLabel> allTokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    TokenLabeler.DocumentLabels labels = labeler.label(text, allTokens, sentences);
    List<EntityMention> mentions = new ArrayList<>(labels.mentions(text));
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      SemanticGraph deps = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (titles) {
        mentions.addAll(labeler.titles(text, tokens, deps, labels));
      }
      if (groups && deps != null) {
        mentions.addAll(groupFinder.find(text, tokens, deps, labels));
      }
    }
    mentions = dedupe(mentions);
    mentions.sort(Comparator.comparing(EntityMention::span).thenComparing(EntityMention::type));
    doc.set(NewsrelAnnotations.EntityMentionsAnnotation.class,
        List.copyOf(identity.assign(mentions, labels.acronyms())));
    doc.set(NerAnnotations.AcronymsAnnotation.class, Map.copyOf(labels.acronyms()));
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
