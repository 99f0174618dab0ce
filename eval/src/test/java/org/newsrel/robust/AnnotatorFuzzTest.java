package org.newsrel.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.newsrel.brat.BratDocument;
import org.newsrel.brat.BratReader;
import org.newsrel.brat.BratWriter;
import org.newsrel.brat.LayersToBrat;
import org.newsrel.core.Argument;
import org.newsrel.core.DocumentLayers;
import org.newsrel.core.EntityMention;
import org.newsrel.core.Event;
import org.newsrel.core.TextSpan;
import org.newsrel.pipeline.NewsrelPipeline;

/**
 * Property-based fuzzing of the newsrel annotators on the JVM's shared pipeline (few,
 * short texts: each annotation costs milliseconds to seconds): random news-like texts,
 * and the same texts mutated (quotation marks dropped or doubled, line breaks moved,
 * odd characters inserted). No exception escapes, every span lies inside the text and
 * holds the text at its offsets, and the brat the CLI would write reads back.
 */
class AnnotatorFuzzTest {

  static final List<String> WORDS = List.of("The", "the", "minister", "said", "told", "reporters", "police",
      "arrested", "captured", "detained", "two", "men", "Anna", "Berg", "of", "Reuters", "he", "she", "they", "it",
      "agency", "on", "Monday", "in", "Kyiv", "according", "to", "a", "statement", "was", "killed", "not", "would",
      "UN", "\"", "\"", "\u201c", "\u201d", "'", ",", ".", ".", "?", "-", "(", ")", "\n", "\n\n", ":", "—", "5", "%",
      "\u00e9t\u00e9", "\ud83d\ude00", "\t", "\r\n", "Mr.", "U.S.", "...", "who", "that");

  @Provide
  Arbitrary<String> newsLike() {
    return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(45).map(l -> String.join(" ", l));
  }

  @Provide
  Arbitrary<String> mutated() {
    return Arbitraries.longs().map(seed -> {
      java.util.Random r = new java.util.Random(seed);
      StringBuilder sb = new StringBuilder(
          "\"We will not stop,\" said Anna Berg, the agency's spokeswoman.\nPolice captured two men in Kyiv on Monday, "
              + "officials told reporters. She said: \"They were armed.\"\n");
      for (int i = 0, n = 1 + r.nextInt(6); i < n; i++) {
        int at = r.nextInt(sb.length() + 1);
        switch (r.nextInt(5)) {
          case 0 -> sb.insert(at, "\"");
          case 1 -> sb.insert(at, '\n');
          case 2 -> sb.insert(at, "\u201c\u2019\u00a0\u200b\ufeff".charAt(r.nextInt(5)));
          case 3 -> {
            if (at < sb.length()) {
              sb.deleteCharAt(at);
            }
          }
          default -> sb.insert(at, (char) (0x01 + r.nextInt(0x1e))); // control characters (not NUL)
        }
      }
      return sb.toString();
    });
  }

  @Property(tries = 30)
  void randomNewsLikeTexts(@ForAll("newsLike") String text) throws Exception {
    annotateAndCheck(text);
  }

  @Property(tries = 30)
  void mutatedStory(@ForAll("mutated") String text) throws Exception {
    annotateAndCheck(text);
  }

  @Property(tries = 10)
  void arbitraryUnicode(@ForAll("unicode") String text) throws Exception {
    annotateAndCheck(text);
  }

  @Provide
  Arbitrary<String> unicode() {
    return Arbitraries.strings().all().ofMaxLength(120).filter(s -> s.indexOf('\u0000') < 0);
  }

  static void annotateAndCheck(String text) throws Exception {
    DocumentLayers layers = NewsrelPipeline.annotate(NewsrelPipeline.shared(), "fuzz", text);
    for (EntityMention m : layers.entities()) {
      inside(text, m.span());
    }
    for (Event e : concat(layers.attributions(), layers.relations())) {
      inside(text, e.trigger());
      for (Argument a : e.arguments()) {
        for (TextSpan f : a.fragments()) {
          inside(text, f);
        }
      }
    }
    // what `newsrel annotate` writes for it must read back as valid brat
    BratDocument brat = LayersToBrat.convert(layers);
    BratReader.parse("fuzz", text, "fuzz.ann", BratWriter.format(brat));
  }

  static void inside(String text, TextSpan s) {
    assertTrue(s.begin() >= 0 && s.end() <= text.length(), s + " outside a text of " + text.length());
    assertEquals(text.substring(s.begin(), s.end()), s.text(), "span text at " + s);
  }

  static List<Event> concat(List<Event> a, List<Event> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
