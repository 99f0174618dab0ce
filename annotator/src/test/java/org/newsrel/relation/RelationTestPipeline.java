package org.newsrel.relation;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.newsrel.NewsrelAnnotations;
import org.newsrel.core.Argument;
import org.newsrel.core.Event;
import org.newsrel.pipeline.NewsrelPipeline;

/**
 * One lazily built pipeline per JVM for the relation tests: the default newsrel
 * preprocessing plus {@code newsrel_relations} only (the relation layer is tested on its
 * own; the full pipeline is exercised by the eval module).
 */
final class RelationTestPipeline {

  private RelationTestPipeline() {}

  static StanfordCoreNLP get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final StanfordCoreNLP INSTANCE = build();

    private static StanfordCoreNLP build() {
      Properties p = new Properties();
      p.setProperty("annotators", "tokenize,ssplit,pos,lemma,newsrel_ner,newsrel_depparse,newsrel_relations");
      p.setProperty("customAnnotatorClass.newsrel_relations", RelationAnnotator.class.getName());
      return NewsrelPipeline.create(p);
    }
  }

  static Annotation annotate(String text) {
    Annotation doc = new Annotation(text);
    get().annotate(doc);
    return doc;
  }

  static List<String> events(Annotation doc) {
    return doc.get(NewsrelAnnotations.RelationEventsAnnotation.class).stream()
        .map(RelationTestPipeline::compact).toList();
  }

  /** {@code Capture[7,15) captured Asserted | Captive[16,33) three journalists | ...}. */
  static String compact(Event e) {
    String args = e.arguments().stream().map(RelationTestPipeline::compact).collect(Collectors.joining(""));
    return e.type() + e.trigger() + " " + e.attribute("Modality").orElse("-") + args;
  }

  private static String compact(Argument a) {
    return " | " + a.role() + a.fragments().get(0);
  }
}
