package org.newsrel.relation;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.newsrel.core.EntityMention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Headlines in title case ("Rebels Seize Two Journalists Near Border") mislead the POS
 * tagger and the parser (verbs and nouns become NNP). This re-tags and re-parses a copy
 * of such a sentence in which every word is lower-cased unless the entity layer marks it as
 * a name or NER tags it as a place or nationality (title case makes NER tag ordinary words
 * PERSON, ORGANIZATION or MISC: those tags are dropped on the copy),
 * using the pipeline's own {@code pos} and dependency parser annotators ({@code depparse},
 * or the custom parser the pipeline runs instead, e.g. {@code newsrel_depparse}). Offsets, NER
 * tags and token indices are those of the original tokens.
 */
final class TitleCaseReparser {

  private static final Logger LOG = LoggerFactory.getLogger(TitleCaseReparser.class);

  /** NER tags whose words keep their capitals in the re-parsed copy. */
  private static final Set<String> NAME_NER = Set.of("LOCATION", "NATIONALITY", "CITY", "COUNTRY",
      "STATE_OR_PROVINCE");

  /** Entity-layer types whose words keep their capitals. */
  private static final Set<String> NAME_ENTITY_TYPES = Set.of("PERSON", "LOCATION", "ORGANIZATION", "NATIONALITY");

  private final MorphaAnnotator lemmatizer = new MorphaAnnotator(false);
  /** The pipeline's dependency parser annotator: "depparse" or a custom one such as newsrel_depparse. */
  private final String parserName;

  TitleCaseReparser(String parserName) {
    this.parserName = parserName;
  }

  /**
   * The name under which the pipeline of {@code props} runs its dependency parser: the first
   * entry of {@code annotators} that is {@code depparse} or whose {@code customAnnotatorClass}
   * is a {@link DependencyParseAnnotator}; {@code depparse} when there is none.
   */
  static String parserName(Properties props) {
    for (String a : props.getProperty("annotators", "").split(",")) {
      String name = a.trim();
      if (name.equals("depparse")) {
        return name;
      }
      String cls = props.getProperty("customAnnotatorClass." + name);
      if (cls != null) {
        try {
          if (DependencyParseAnnotator.class.isAssignableFrom(Class.forName(cls.trim()))) {
            return name;
          }
        } catch (ClassNotFoundException | LinkageError e) {
          // not a parser we can recognise; CoreNLP reports the missing class itself
        }
      }
    }
    return "depparse";
  }

  /** Whether every word of four letters or more starts with a capital (and there are at least three). */
  static boolean isTitleCase(List<CoreLabel> tokens) {
    int capitalised = 0;
    for (CoreLabel t : tokens) {
      String w = t.word();
      if (w.length() < 4 || !Character.isLetter(w.charAt(0))) {
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0))) {
        return false;
      }
      capitalised++;
    }
    return capitalised >= 3;
  }

  /** The re-parsed tokens and enhanced++ graph, or null if the pipeline's pos/depparse are not available. */
  Reparse reparse(List<CoreLabel> tokens, int sentenceIndex, List<EntityMention> entities) {
    Annotator pos = existing("pos");
    Annotator depparse = existing(parserName);
    if (pos == null || depparse == null) {
      return null;
    }
    List<CoreLabel> copy = new ArrayList<>();
    for (CoreLabel t : tokens) {
      CoreLabel c = new CoreLabel(t);
      String ner = t.ner() == null ? "O" : t.ner();
      if (!NAME_NER.contains(ner) && !insideName(t, entities)) {
        String lower = t.word().toLowerCase(Locale.ROOT);
        c.setWord(lower);
        c.setValue(lower);
        c.setOriginalText(lower);
        c.setNER("O"); // a title-case word NER called PERSON or ORGANIZATION ("Commit Suicide") is not trusted
      }
      c.remove(CoreAnnotations.PartOfSpeechAnnotation.class);
      c.remove(CoreAnnotations.LemmaAnnotation.class);
      copy.add(c);
    }
    Annotation doc = new Annotation("");
    Annotation sentence = new Annotation("");
    sentence.set(CoreAnnotations.TokensAnnotation.class, copy);
    sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, sentenceIndex);
    List<CoreMap> sentences = List.of(sentence);
    doc.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    doc.set(CoreAnnotations.TokensAnnotation.class, copy);
    pos.annotate(doc);
    lemmatizer.annotate(doc);
    depparse.annotate(doc);
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    return graph == null ? null : new Reparse(copy, graph);
  }

  /** Whether the entity layer marks the token as part of a name or nationality. */
  private static boolean insideName(CoreLabel t, List<EntityMention> entities) {
    for (EntityMention m : entities) {
      if (m.span().begin() <= t.beginPosition() && t.endPosition() <= m.span().end()
          && NAME_ENTITY_TYPES.contains(m.type())) {
        return true;
      }
    }
    return false;
  }

  /** A re-parsed sentence. */
  record Reparse(List<CoreLabel> tokens, SemanticGraph graph) {}

  private static Annotator existing(String name) {
    try {
      return StanfordCoreNLP.getExistingAnnotator(name);
    } catch (RuntimeException e) {
      LOG.debug("no existing {} annotator: {}", name, e.toString());
      return null;
    }
  }
}
