package org.newsrel.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsrel.brat.BratWriter;
import org.newsrel.brat.LayersToBrat;
import org.newsrel.cli.MainTest;
import org.newsrel.core.DocumentLayers;
import org.newsrel.identity.CrossDocumentIdentity;
import org.newsrel.json.LayersJson;
import org.newsrel.json.TokenIndex;
import org.newsrel.pipeline.NewsrelPipeline;

/**
 * Streaming {@code annotate} on the shared pipeline writes the very bytes of the former
 * all-in-memory annotate (every document annotated, all linked at once, then written), on
 * a small made-up corpus where one person is named in full in one file and by surname in
 * another, and one opening with a dateline (the layout in NAME.json); and a pipeline
 * property the annotators reject is a usage error.
 */
class StreamingAnnotateTest {

  static final Map<String, String> TEXTS = new LinkedHashMap<>();

  static {
    TEXTS.put("budget", "Maria Lopez, the city's finance chief, said on Monday that the budget would be cut by a "
        + "tenth.\n\"We have no choice,\" Lopez said.\n");
    TEXTS.put("resign", "Lopez told reporters in the capital that she would resign if the plan failed.\n"
        + "Officials said the talks would continue next week.\n");
    TEXTS.put("arrests", "HARBOR CITY, May 2 (Newswire) - Police arrested two men near the harbor on Friday, the "
        + "ministry said.\n"
        + "Maria Lopez said the arrests were overdue.\n");
  }

  /** What the former Annotate did: annotate all, link all, then convert and write. */
  static Map<String, String> formerOutput(StanfordCoreNLP pipeline) {
    List<DocumentLayers> layers = new ArrayList<>();
    Map<String, TokenIndex> tokens = new LinkedHashMap<>();
    for (String name : TEXTS.keySet().stream().sorted().toList()) {
      Annotation doc = new Annotation(TEXTS.get(name));
      pipeline.annotate(doc);
      layers.add(NewsrelPipeline.layers(name, TEXTS.get(name), doc));
      tokens.put(name, TokenIndex.of(doc));
    }
    Map<String, String> files = new LinkedHashMap<>();
    for (DocumentLayers d : CrossDocumentIdentity.forPipeline(pipeline.getProperties()).apply(layers)) {
      files.put(d.name() + ".txt", d.text());
      files.put(d.name() + ".ann", BratWriter.format(LayersToBrat.convert(d)));
      files.put(d.name() + ".json", LayersJson.write(d, tokens.get(d.name())));
    }
    return files;
  }

  @Test
  void sameBytesAsAnnotatingEverythingInMemory(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (var e : TEXTS.entrySet()) {
      Files.writeString(in.resolve(e.getKey() + ".txt"), e.getValue());
    }
    Path out = dir.resolve("out");
    MainTest.Run r = MainTest.run("annotate", "--in", in.toString(), "--out", out.toString(), "--threads", "2",
        "--progress", "log");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("annotate 3/3 documents (100%), 0 failed"), r.err());
    Map<String, String> expected = formerOutput(NewsrelPipeline.shared());
    for (var e : expected.entrySet()) {
      assertEquals(e.getValue(), Files.readString(out.resolve(e.getKey()), StandardCharsets.UTF_8), e.getKey());
    }
    // the surname-only mention in another file carries the corpus id of the full name
    String fullNameId = expected.get("budget.ann").lines().filter(l -> l.contains("newsrel:maria-lopez")).findFirst()
        .orElse("");
    assertFalse(fullNameId.isEmpty(), expected.get("budget.ann"));
    assertTrue(expected.get("resign.ann").contains("newsrel:maria-lopez"), expected.get("resign.ann"));
    // the news layout reaches NAME.json through the record of pass 1 (compared byte for byte above)
    String json = Files.readString(out.resolve("arrests.json"), StandardCharsets.UTF_8);
    assertTrue(json.matches("(?s).*\"kind\": \"DATELINE\",\\s*\"text\": \"HARBOR CITY, May 2 \\(Newswire\\) -\".*"), json);

    // resumed: nothing annotated again, same bytes
    MainTest.Run again = MainTest.run("annotate", "--in", in.toString(), "--out", out.toString(), "--resume",
        "--progress", "log");
    assertEquals(0, again.code(), again.err());
    assertTrue(again.err().contains("resume: 3 of 3 documents complete, annotating 0"), again.err());
    for (var e : expected.entrySet()) {
      assertEquals(e.getValue(), Files.readString(out.resolve(e.getKey()), StandardCharsets.UTF_8), e.getKey());
    }
  }

  @Test
  void unknownNewsrelPropertyIsAUsageError(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "The mayor said nothing.\n");
    MainTest.Run r = MainTest.run("annotate", "--in", dir.toString(), "--out", dir.resolve("out").toString(),
        "--prop", "newsrel_attribution.nestd=true");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("--prop newsrel_attribution.nestd: unknown property"), r.err());
    // a known key with a bad value: the annotator refuses it while the pipeline is built
    MainTest.Run bad = MainTest.run("annotate", "--in", dir.toString(), "--out", dir.resolve("out").toString(),
        "--prop", "newsrel_attribution.nested=maybe");
    assertEquals(2, bad.code(), bad.err());
    assertTrue(bad.err().contains("cannot build the pipeline with --prop")
        && bad.err().contains("newsrel_attribution.nested must be true or false, got 'maybe'"), bad.err());
    assertFalse(r.err().contains("internal error") || r.err().contains("\tat "), r.err());
  }
}
