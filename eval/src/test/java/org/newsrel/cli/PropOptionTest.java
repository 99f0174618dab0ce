package org.newsrel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsrel.run.UsageException;

/** {@code --prop KEY=VALUE}, {@code --progress} and {@code --resume} on the command line, without models. */
class PropOptionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "newsrel_attribution.nested=true | newsrel_attribution.nested=true",
      "ner.useSUTime = false           | ner.useSUTime=false",
      "newsrel_entities.lexicon=x=y    | newsrel_entities.lexicon=x=y",
      "newsrel_ner.gate=               | newsrel_ner.gate="})
  void goodOverrides(String arg, String expected) throws UsageException {
    Properties p = PropOverrides.parse(List.of(arg));
    String key = expected.substring(0, expected.indexOf('='));
    assertEquals(expected.substring(expected.indexOf('=') + 1), p.getProperty(key));
    assertEquals(1, p.size());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "nested                   | must be KEY=VALUE",
      "=true                    | must be KEY=VALUE",
      "a b=c                    | must be KEY=VALUE",
      "'  =x'                   | must be KEY=VALUE"})
  void badOverrides(String arg, String message) {
    UsageException e = assertThrows(UsageException.class, () -> PropOverrides.parse(List.of(arg)));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void aKeyGivenTwiceIsAnError() {
    UsageException e = assertThrows(UsageException.class,
        () -> PropOverrides.parse(List.of("ner.model=1", "ner.model=2")));
    assertTrue(e.getMessage().contains("ner.model given twice"), e.getMessage());
  }

  @Test
  void repeatedPropsAreAllKept(@TempDir Path dir) throws UsageException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream s = new PrintStream(sink, true);
    picocli.CommandLine.ParseResult parsed = Main.commandLine(s, s).parseArgs("annotate", "--in", dir.toString(),
        "--out", dir.toString(), "--prop", "newsrel_attribution.nested=true", "--prop=depparse.numCached=5");
    Commands.AnnotateCommand c = (Commands.AnnotateCommand) parsed.subcommand().commandSpec().userObject();
    Properties p = c.prop.properties();
    assertEquals("true", p.getProperty("newsrel_attribution.nested"));
    assertEquals("5", p.getProperty("depparse.numCached"));
  }

  /** Keys the pipeline would ignore or that would drop a layer: refused before any model is loaded. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "foo.bar=1                               | --prop foo.bar: unknown property",
      "newsrel_atribution.nested=true          | (did you mean newsrel_attribution.nested?)",
      "newsrel_attribution.nestd=true          | (did you mean newsrel_attribution.nested?)",
      "ner.usesutime=false                     | (did you mean ner.useSUTime?)",
      "annotators=tokenize                     | leaves out newsrel_layout (news layout), newsrel_entities "
          + "(entities), newsrel_attribution "
          + "(attributions), newsrel_relations (capture and kill events), newsrel_identity",
      "annotators=tokenize,ssplit,newsrel_layout,pos,lemma,ner,depparse,newsrel_entities,newsrel_relations,"
          + "newsrel_identity | leaves out newsrel_attribution (attributions)",
      "annotators=tokenize,ssplit,pos,lemma,ner,depparse,newsrel_entities,newsrel_attribution,newsrel_relations,"
          + "newsrel_identity | leaves out newsrel_layout (news layout)",
      "annotators=tokenize,ssplit,pos,lemma,coref,newsrel_entities,newsrel_attribution,newsrel_relations,"
          + "newsrel_identity | 'coref' is not an annotator the newsrel pipeline can run",
      "customAnnotatorClass.newsrel_attribution=java.lang.Object | cannot be replaced or added"})
  void unknownOrLayerDroppingKeysExitTwo(String prop, String message, @TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Text.");
    MainTest.Run r = MainTest.run("annotate", "--in", dir.toString(), "--out", dir.resolve("out").toString(),
        "--prop", prop);
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains(message), r.err());
    assertFalse(Files.exists(dir.resolve("out")), "nothing is written");
  }

  @Test
  void everyRefusedKeyIsListed() {
    UsageException e = assertThrows(UsageException.class,
        () -> PropOverrides.parse(List.of("foo.bar=1", "newsrel_ner.gate=false", "baz=2")));
    assertTrue(e.getMessage().contains("2 refused keys") && e.getMessage().contains("baz: unknown")
        && e.getMessage().contains("foo.bar: unknown"), e.getMessage());
  }

  @Test
  void anAnnotatorListKeepingEveryLayerIsAccepted() throws UsageException {
    String list = "tokenize,ssplit,newsrel_layout,pos,lemma,ner,depparse,newsrel_entities,newsrel_attribution,"
        + "newsrel_relations,newsrel_identity";
    assertEquals(list, PropOverrides.parse(List.of("annotators=" + list)).getProperty("annotators"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "--prop nested                 | --prop must be KEY=VALUE",
      "--progress sideways           | '--progress': must be auto, bar, log or none, got 'sideways'",
      "--resume=maybe                | '--resume'"})
  void badCommandLinesExitTwoWithAMessage(String extra, String message, @TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Text.");
    String[] args = (("annotate --in " + dir + " --out " + dir.resolve("out") + " ") + extra).split(" ");
    MainTest.Run r = MainTest.run(args);
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains(message), r.err());
    assertFalse(r.err().contains("internal error"), r.err());
  }

  @Test
  void helpSaysWhatResumeGuarantees() {
    MainTest.Run r = MainTest.run("annotate", "--help");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("--resume") && r.out().contains("--prop=KEY=VALUE")
        && r.out().contains("--progress=MODE"), r.out());
    assertTrue(r.out().replaceAll("\\s+", " ").contains("equals one uninterrupted run"), r.out());
  }
}
