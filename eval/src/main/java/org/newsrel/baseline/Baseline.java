package org.newsrel.baseline;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Locale;
import java.util.Properties;
import org.newsrel.brat.BratDocument;

/**
 * A stock CoreNLP system whose output is converted into newsrel's brat scheme, so that
 * the harness can compare it with newsrel on the same gold. Each baseline says which
 * CoreNLP annotators it runs; nothing of newsrel's is used.
 */
public interface Baseline {

  /** The name used on the command line and in reports, e.g. {@code corenlp-quote}. */
  String name();

  /** The stock pipeline's properties. */
  Properties properties();

  /** Converts one annotated document. */
  BratDocument convert(String docName, String text, Annotation annotated);

  default StanfordCoreNLP pipeline() {
    return new StanfordCoreNLP(properties());
  }

  /** The baseline called {@code name}, or an IllegalArgumentException listing the known ones. */
  static Baseline named(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "corenlp-quote" -> new QuoteBaseline();
      case "corenlp-openie" -> new OpenieBaseline();
      case "corenlp-ner" -> new NerBaseline();
      default -> throw new IllegalArgumentException(
          "unknown baseline '" + name + "' (known: corenlp-quote, corenlp-openie, corenlp-ner)");
    };
  }

  /** Readable id from a name as written ("Kim Il Sung" -> "kim-il-sung"). */
  static String slug(String s) {
    String t = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    t = t.replaceAll("^-+|-+$", "");
    return t.isEmpty() ? "x" : t;
  }
}
