package org.newsrel.ner;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.newsrel.pipeline.NewsrelPipeline;

/**
 * The default pipeline cut after the entity layer, built once per JVM: the entity tests
 * need nothing later, and do not break while another layer's rule files are being edited.
 * CoreNLP's annotator cache shares the NER and parser models with {@link NewsrelPipeline#shared()}.
 */
final class NerTestPipeline {

  private NerTestPipeline() {}

  static StanfordCoreNLP get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final StanfordCoreNLP INSTANCE = create();

    private static StanfordCoreNLP create() {
      Properties p = new Properties();
      p.setProperty("annotators", "tokenize,ssplit,pos,lemma,newsrel_ner,newsrel_depparse,newsrel_entities");
      return NewsrelPipeline.create(p);
    }
  }
}
