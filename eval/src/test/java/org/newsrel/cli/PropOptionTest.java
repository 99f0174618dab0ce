package org.newsrel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --prop KEY=VALUE}, {@code --progress} and {@code --resume} on the command line, without models. */
class PropOptionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "newsrel_attribution.nested=true | newsrel_attribution.nested=true",
      "ner.useSUTime = false           | ner.useSUTime=false",
      "a.b=x=y                         | a.b=x=y",
      "a.b=                            | a.b="})
  void goodOverrides(String arg, String expected) throws UsageException {
    Properties p = Options.properties("prop", List.of(arg));
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
    UsageException e = assertThrows(UsageException.class, () -> Options.properties("prop", List.of(arg)));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void aKeyGivenTwiceIsAnError() {
    UsageException e = assertThrows(UsageException.class,
        () -> Options.properties("prop", List.of("x.y=1", "x.y=2")));
    assertTrue(e.getMessage().contains("x.y given twice"), e.getMessage());
  }

  @Test
  void repeatedPropsAreAllKept() throws UsageException {
    Options o = new Options("t", "", List.of(), List.of(Options.Opt.repeatable("prop", "KEY=VALUE", "")));
    o.parse(new String[] {"--prop", "a.b=1", "--prop=c.d=2"});
    Properties p = o.properties("prop");
    assertEquals("1", p.getProperty("a.b"));
    assertEquals("2", p.getProperty("c.d"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "--prop nested                 | --prop must be KEY=VALUE",
      "--progress sideways           | --progress must be auto, bar, log or none, got 'sideways'",
      "--resume=maybe --prop =x      | --prop must be KEY=VALUE"})
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
    assertTrue(r.err().contains("--resume") && r.err().contains("--prop KEY=VALUE ...")
        && r.err().contains("--progress MODE"), r.err());
    assertTrue(r.err().contains("equals one uninterrupted run"), r.err());
  }
}
