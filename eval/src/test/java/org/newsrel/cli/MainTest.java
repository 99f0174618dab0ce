package org.newsrel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line without models: usage errors, validation, exit codes. */
class MainTest {

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Path repo() {
    return Path.of(System.getProperty("newsrel.repo", "..")).toAbsolutePath().normalize();
  }

  @Test
  void unknownCommandAndOptionAreUsageErrors() {
    assertEquals(2, run("frobnicate").code());
    Run r = run("annotate", "--in", "x", "--out", "y", "--thraeds", "2");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("unknown option --thraeds"), r.err());
    assertTrue(r.err().contains("usage: newsrel annotate --in DIR --out DIR [--threads N]"), r.err());
  }

  @Test
  void badThreadCountIsAUsageError() {
    Run r = run("annotate", "--in", "x", "--out", "y", "--threads", "0");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--threads must be a positive whole number"), r.err());
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
    assertTrue(r.err().contains("unknown baseline 'spacy'"), r.err());
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
