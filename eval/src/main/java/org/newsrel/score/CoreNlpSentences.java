package org.newsrel.score;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Sentences by CoreNLP's rule-based tokenizer and sentence splitter (no models; a line
 * break always ends a sentence): the splitter of {@link WindowEventScorer} for real runs.
 * It knows abbreviations ("Fla.", "U.S.") that a punctuation rule does not. One pipeline
 * per JVM, built on first use; CoreNLP pipelines may be shared across threads.
 */
public final class CoreNlpSentences implements WindowEventScorer.SentenceSplitter {

  public static final CoreNlpSentences INSTANCE = new CoreNlpSentences();

  private static final class Holder {
    static final StanfordCoreNLP PIPELINE = build();

    private static StanfordCoreNLP build() {
      Properties p = new Properties();
      p.setProperty("annotators", "tokenize,ssplit");
      p.setProperty("ssplit.newlineIsSentenceBreak", "always");
      return new StanfordCoreNLP(p, false);
    }
  }

  private CoreNlpSentences() {}

  @Override
  public List<int[]> sentences(String text) {
    Annotation a = new Annotation(text);
    Holder.PIPELINE.annotate(a);
    List<int[]> out = new ArrayList<>();
    for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
      out.add(new int[] {s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)});
    }
    return out;
  }
}
