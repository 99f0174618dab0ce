package com.example.whosaidwhat;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.newsrel.NewsrelAnnotations;
import org.newsrel.core.Argument;
import org.newsrel.core.Event;
import org.newsrel.core.TextSpan;

/**
 * Prints who said what in a news text, using newsrel's annotators from a plain CoreNLP
 * pipeline built from {@code who-said-what.properties}.
 *
 * <pre>
 *   mvn -q exec:java                           # the bundled sample story
 *   mvn -q exec:java -Dexec.args=story.txt     # your own text (UTF-8)
 * </pre>
 *
 * One line per attribution: {@code SPEAKER (KIND): "CONTENT"}, where SPEAKER is the
 * speaker's canonical name when newsrel resolved it (also through "he" or "the agency"),
 * else the Source text, else "(no source)".
 */
public final class WhoSaidWhat {

  /** A made-up story used when no file is given. */
  public static final String SAMPLE = """
      Coast guard seizes trawler off Port Elling
      The coast guard seized a trawler and detained its six crew members on Tuesday, officials said.
      "We will not release the vessel until the fines are paid," said Maria Kovacs, the harbour director.
      The owners' lawyer, Tomas Reyes, said the crew had done nothing wrong.
      """;

  private final StanfordCoreNLP pipeline;

  public WhoSaidWhat() {
    Properties props = new Properties();
    try (InputStream in = WhoSaidWhat.class.getResourceAsStream("/who-said-what.properties")) {
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pipeline = new StanfordCoreNLP(props);
  }

  /** One printable line per attribution, in text order. */
  public List<String> attributions(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<Event> events = doc.get(NewsrelAnnotations.AttributionsAnnotation.class);
    List<String> lines = new ArrayList<>();
    for (Event e : events == null ? List.<Event>of() : events) {
      String speaker = e.argument("Source")
          .map(s -> s.canonicalName() != null ? s.canonicalName() : joined(s))
          .orElse("(no source)");
      String content = e.argument("Content").map(WhoSaidWhat::joined).orElse("");
      String kind = e.attribute("Kind").orElse("?");
      // a direct quote's content already carries its quotation marks; reported speech has none
      lines.add(speaker + " (" + kind + "): " + content.replace('\n', ' '));
    }
    return lines;
  }

  private static String joined(Argument a) {
    return String.join(" ... ", a.fragments().stream().map(TextSpan::text).toList());
  }

  public static void main(String[] args) throws IOException {
    String text = args.length > 0 ? Files.readString(Path.of(args[0]), StandardCharsets.UTF_8) : SAMPLE;
    new WhoSaidWhat().attributions(text).forEach(System.out::println);
  }
}
