package org.newsrel.pipeline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import org.newsrel.NewsrelAnnotations;
import org.newsrel.core.DocumentLayers;

/**
 * Builds the newsrel pipeline (stock CoreNLP preprocessing plus newsrel's annotators, as
 * listed in {@code org/newsrel/pipeline/newsrel.properties}) and runs it on a text.
 *
 * <p>Model loading takes seconds and hundreds of MB, so a JVM should build one pipeline
 * and share it: {@link #shared()} does that lazily. {@code StanfordCoreNLP.annotate} is
 * thread-safe for these annotators, so one instance serves several threads.
 */
public final class NewsrelPipeline {

  /** Classpath location of the default pipeline properties. */
  public static final String DEFAULT_PROPERTIES = "org/newsrel/pipeline/newsrel.properties";

  private NewsrelPipeline() {}

  /** The default pipeline properties (a fresh copy each call). */
  public static Properties defaultProperties() {
    Properties p = new Properties();
    try (InputStream in = NewsrelPipeline.class.getClassLoader().getResourceAsStream(DEFAULT_PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + DEFAULT_PROPERTIES);
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_PROPERTIES, e);
    }
    return p;
  }

  /** A new pipeline from the default properties with {@code overrides} applied on top. */
  public static StanfordCoreNLP create(Properties overrides) {
    Properties p = defaultProperties();
    p.putAll(overrides);
    return new StanfordCoreNLP(p);
  }

  /** The JVM-wide default pipeline, built on first use. */
  public static StanfordCoreNLP shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final StanfordCoreNLP INSTANCE = create(new Properties());
  }

  /** Annotates one text and returns the newsrel layers (empty lists for layers not in the pipeline). */
  public static DocumentLayers annotate(StanfordCoreNLP pipeline, String name, String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    return layers(name, text, doc);
  }

  /** The newsrel layers of an annotated document. */
  public static DocumentLayers layers(String name, String text, Annotation doc) {
    List<edu.stanford.nlp.ling.CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    return new DocumentLayers(name, text,
        orEmpty(doc.get(NewsrelAnnotations.EntityMentionsAnnotation.class)),
        orEmpty(doc.get(NewsrelAnnotations.AttributionsAnnotation.class)),
        orEmpty(doc.get(NewsrelAnnotations.RelationEventsAnnotation.class)),
        tokens == null ? 0 : tokens.size(),
        orEmpty(doc.get(NewsrelAnnotations.LayoutAnnotation.class)));
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
