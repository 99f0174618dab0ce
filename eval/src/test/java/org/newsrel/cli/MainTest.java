package org.newsrel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line without models: usage errors, validation, exit codes. */
public class MainTest {

  public record Run(int code, String out, String err) {}

  public static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  public static Path repo() {
    return Path.of(System.getProperty("newsrel.repo", "..")).toAbsolutePath().normalize();
  }

  @Test
  void unknownCommandAndOptionAreUsageErrors() {
    Run unknown = run("frobnicate");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("'frobnicate'"), unknown.err());
    Run r = run("annotate", "--in", "x", "--out", "y", "--thraeds", "2");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("Unknown option") && r.err().contains("'--thraeds'"), r.err());
    assertTrue(r.err().contains("--threads"), "suggests the near option: " + r.err());
    assertTrue(r.err().contains("Usage: newsrel annotate"), r.err());
  }

  @Test
  void noCommandListsTheCommandsAndExitsTwo() {
    Run r = run();
    assertEquals(2, r.code());
    assertTrue(r.err().contains("annotate") && r.err().contains("serve") && r.err().contains("train-attribution"),
        r.err());
  }

  /** Every command's {@code --help}: its usage on stdout, exit 0. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"annotate", "baseline", "eval", "validate", "report", "serve", "bench", "server-bench",
      "train-attribution"})
  void everyCommandHasHelp(String command) {
    Run r = run(command, "--help");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("Usage: newsrel " + command), r.out());
    assertTrue(r.out().contains("--verbose"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void topLevelHelpExitsZero() {
    Run r = run("--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("Commands:") && r.out().contains("serve"), r.out());
  }

  @Test
  void missingRequiredOptionIsNamed() {
    Run r = run("eval", "--gold", "g");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("Missing required option: '--pred=DIR'"), r.err());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "annotate --in x --out y --threads 0    | Invalid value for option '--threads': must be a positive whole number, got '0'",
      "annotate --in x --out y --threads two  | Invalid value for option '--threads': must be a positive whole number, got 'two'",
      "eval --gold g --pred p --overlap 1.5   | Invalid value for option '--overlap': must be a number in (0, 1], got '1.5'",
      "serve --port -1                        | Invalid value for option '--port': must be a whole number >= 0, got '-1'",
      "train-attribution --train t --out o --max-docs x | Invalid value for option '--max-docs'",
      "validate                               | Missing required parameter: 'DIR'",
      "validate a b                           | Unmatched argument at index 2: 'b'"})
  void badValuesAreUsageErrorsNamingTheOption(String args, String message) {
    Run r = run(args.trim().split(" +"));
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().startsWith(message), r.err());
  }

  @Test
  void missingInputFolderIsAUsageError(@TempDir Path dir) {
    Run r = run("baseline", "--system", "corenlp-ner", "--in", dir.resolve("nope").toString(), "--out", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("does not exist"), r.err());
  }

  @Test
  void unknownBaselineIsAUsageError(@TempDir Path dir) {
    Run r = run("baseline", "--system", "spacy", "--in", dir.toString(), "--out", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("Invalid value for option '--system'") && r.err().contains("unknown baseline 'spacy'"),
        r.err());
  }

  @Test
  void goldSetValidates() {
    Run r = run("validate", repo().resolve("gold/corpus").toString());
    assertEquals("", r.err());
    assertEquals(0, r.code());
  }

  @Test
  void validateReportsFileAndLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Moon said so.");
    Files.writeString(dir.resolve("a.ann"), "T1\tPERSON 0 4\tMoon\nT2\tSPEAKER 0 4\tMoon\n");
    Run r = run("validate", dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains(dir.resolve("a.ann") + ":2: T2: unknown label 'SPEAKER'"), r.err());
  }

  @Test
  void validateReportsEveryProblemOfAFileOneLineEach(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Moon said so.");
    Files.writeString(dir.resolve("a.ann"), String.join("\n",
        "T1\tPERSON 0 4\tMoon",
        "T2\tSPEAKER 0 4\tMoon",
        "this is not brat",
        "T3\tCue 5 9\tsaud",
        "E1\tAttribution:T9 Source:T1",
        "A1\tKind E7 Direct",
        "N1\tReference T1 newsrel:Moon\tMoon",
        "T1\tPERSON 0 4\tMoon") + "\n");
    Run r = run("validate", dir.toString());
    assertEquals(2, r.code());
    String ann = dir.resolve("a.ann").toString();
    List<String> expected = List.of(
        ann + ":2: T2: unknown label 'SPEAKER'",
        ann + ":3: malformed line",
        ann + ":4: text-bound T3: span text 'saud'",
        ann + ":5: event E1: trigger T9 is not a text-bound annotation in this file",
        ann + ":6: attribute A1 refers to E7",
        ann + ":7: N1: id 'Moon' is not lowercase words",
        ann + ":8: duplicate id T1 (first on line 1)");
    for (String e : expected) {
      assertEquals(1, r.err().lines().filter(l -> l.startsWith(e)).count(), e + " in\n" + r.err());
    }
    assertTrue(r.err().contains(dir + ": 7 problem(s)"), r.err());
  }

  @Test
  void evalScoresTheUsableRestAndExitsTwoOnABadPredictionFile(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold");
    Path pred = dir.resolve("pred");
    Files.createDirectories(gold);
    Files.createDirectories(pred);
    for (String n : new String[] {"a", "b", "c"}) {
      Files.writeString(gold.resolve(n + ".txt"), "Moon said so.");
      Files.writeString(gold.resolve(n + ".ann"), "T1\tPERSON 0 4\tMoon\n");
    }
    Files.writeString(pred.resolve("a.ann"), "T1\tPERSON 0 4\tMoon\n");
    Files.writeString(pred.resolve("b.ann"), "T1\tPERSON 0 4\tMoan\n"); // span text does not match
    // c.ann is missing: scored as empty, with a warning
    Run r = run("eval", "--gold", gold.toString(), "--pred", "sys:" + pred, "--report", dir.resolve("rep").toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains(pred.resolve("b.ann") + ":1: text-bound T1: span text 'Moan'"), r.err());
    assertTrue(r.out().contains("warning: " + pred.resolve("c.ann") + " is missing"), r.out());
    // a.ann is scored; b and c count as empty predictions: named strict recall 1/3
    assertTrue(r.out().matches("(?s).*named strict R\\s+0\\.3333.*"), r.out());
    assertTrue(Files.exists(dir.resolve("rep/report.html")));
  }

  @Test
  void evalScoresOneEventPerWindowWhenAsked(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold");
    Path pred = dir.resolve("pred");
    Files.createDirectories(gold);
    Files.createDirectories(pred);
    String text = "Police arrested two men. Guards later jailed a third man.";
    Files.writeString(gold.resolve("w.txt"), text);
    Files.writeString(gold.resolve("w.ann"), "T1\tCapture 7 15\tarrested\nT2\tCaptive 16 23\ttwo men\n"
        + "E1\tCapture:T1 Captive:T2\n");
    // the annotated capture found without its captive; the unannotated one in the next sentence
    Files.writeString(pred.resolve("w.ann"), "T1\tCapture 7 15\tarrested\nE1\tCapture:T1\n"
        + "T2\tCapture 38 44\tjailed\nE2\tCapture:T2\n");
    Run r = run("eval", "--gold", gold.toString(), "--pred", pred.toString(), "--one-event-per-window",
        "--report", dir.resolve("rep").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().matches("(?s).*Capture trigger recall\\s+1\\.0000.*"), r.out());
    assertTrue(r.out().matches("(?s).*Capture sentence-local precision\\s+1\\.0000.*"), r.out());
    assertTrue(r.out().matches("(?s).*Capture Captive recall on matched events\\s+0\\.0000.*"), r.out());
    assertTrue(r.out().contains("gold scored as one event per window"), r.out());
    assertTrue(Files.readString(dir.resolve("rep/report.md")).contains("Capture sentence-local precision"));
  }
}
