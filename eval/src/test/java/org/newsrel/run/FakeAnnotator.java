package org.newsrel.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsrel.core.Argument;
import org.newsrel.core.DocumentLayers;
import org.newsrel.core.EntityMention;
import org.newsrel.core.Event;
import org.newsrel.core.TextSpan;
import org.newsrel.json.TokenIndex;

/**
 * A pipeline-free stand-in for the newsrel pipeline, for tests of the annotate machinery:
 * tokens are runs of non-space; every run of capitalised words (but a few function words)
 * is a PERSON whose document-level id is the slug of the longest name in the document that
 * ends with its last word; "NAME said X." is an Attribution with Source NAME (carrying the
 * id) and Content X. Cross-document linking then runs for real. Optionally slow, to be
 * killed in the middle of a run; counts its calls.
 */
final class FakeAnnotator implements Annotate.DocumentAnnotator {

  static final String CONFIG = "fake-pipeline-v1";
  private static final Pattern NAME = Pattern.compile("\\b(?!(?:The|He|She|It|We)\\b)[A-Z][a-z]+(?: [A-Z][a-z]+)*");
  private static final Pattern SAID = Pattern.compile(" said ([^.]+)\\.");
  private static final Pattern TOKEN = Pattern.compile("\\S+");

  private final long delayMillis;
  final AtomicInteger calls = new AtomicInteger();

  FakeAnnotator(long delayMillis) {
    this.delayMillis = delayMillis;
  }

  @Override
  public Annotate.Annotated annotate(String name, String text) throws Exception {
    calls.incrementAndGet();
    if (delayMillis > 0) {
      Thread.sleep(delayMillis);
    }
    if (text.contains("FAIL")) {
      throw new IllegalStateException("fake failure");
    }
    List<int[]> tokens = new ArrayList<>();
    Matcher t = TOKEN.matcher(text);
    while (t.find()) {
      tokens.add(new int[] {t.start(), t.end()});
    }
    int[] b = tokens.stream().mapToInt(x -> x[0]).toArray();
    int[] e = tokens.stream().mapToInt(x -> x[1]).toArray();
    List<TextSpan> names = new ArrayList<>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      names.add(TextSpan.of(text, m.start(), m.end()));
    }
    List<EntityMention> entities = new ArrayList<>();
    for (TextSpan n : names) {
      String full = n.text();
      for (TextSpan o : names) {
        if (o.text().length() > full.length() && o.text().endsWith(" " + lastWord(n.text()))) {
          full = o.text();
        }
      }
      entities.add(new EntityMention(n, "PERSON", slug(full), full, 0.9, "fake"));
    }
    List<Event> attributions = new ArrayList<>();
    Matcher s = SAID.matcher(text);
    while (s.find()) {
      EntityMention source = null;
      for (EntityMention em : entities) {
        if (em.span().end() == s.start()) {
          source = em;
        }
      }
      List<Argument> args = new ArrayList<>();
      if (source != null) {
        args.add(new Argument("Source", List.of(source.span()), source.canonicalId(), source.canonicalName()));
      }
      args.add(Argument.of("Content", TextSpan.of(text, s.start(1), s.end(1))));
      attributions.add(new Event(source != null ? "Attribution" : "Attribution-no-source",
          TextSpan.of(text, s.start() + 1, s.start() + 5), args, List.of(new Event.Attribute("Kind", "Indirect")), 0.8,
          "fake-said"));
    }
    return new Annotate.Annotated(new DocumentLayers(name, text, entities, attributions, List.of(), b.length),
        new TokenIndex(b, e));
  }

  private static String lastWord(String s) {
    return s.substring(s.lastIndexOf(' ') + 1);
  }

  private static String slug(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
  }

  /** Subprocess entry (the kill test): FakeAnnotator IN OUT DELAY_MS, --resume on, log progress. */
  public static void main(String[] args) throws Exception {
    java.nio.file.Path in = java.nio.file.Path.of(args[0]);
    int code = Annotate.run(Batch.texts(in), java.nio.file.Path.of(args[1]), new FakeAnnotator(Long.parseLong(args[2])),
        new Annotate.Settings(1, Progress.Mode.LOG, true, CONFIG), System.out, System.err);
    System.exit(code);
  }
}
