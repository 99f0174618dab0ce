package org.newsrel.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The progress line, its rates and ETA, and how often a non-terminal log line is written. */
class ProgressTest {

  @ParameterizedTest(name = "{0}/{1} in {4}s")
  @CsvSource(delimiter = '|', value = {
      // done | total | failed | tokens | seconds | expected line
      "0   | 924 | 0 | 0      | 0    | annotate 0/924 documents (0%), 0 failed, 0.00 docs/s, 0 tokens/s, ETA ?",
      "0   | 924 | 0 | 0      | 30   | annotate 0/924 documents (0%), 0 failed, 0.00 docs/s, 0 tokens/s, ETA ?",
      "10  | 100 | 1 | 5000   | 20   | annotate 10/100 documents (10%), 1 failed, 0.50 docs/s, 250 tokens/s, ETA 3m00s",
      "120 | 924 | 2 | 96000  | 90   | annotate 120/924 documents (12%), 2 failed, 1.33 docs/s, 1067 tokens/s, ETA 10m03s",
      "1   | 1000| 0 | 800    | 60   | annotate 1/1000 documents (0%), 0 failed, 0.02 docs/s, 13 tokens/s, ETA 16h39m",
      "99  | 100 | 0 | 99000  | 99   | annotate 99/100 documents (99%), 0 failed, 1.00 docs/s, 1000 tokens/s, ETA 1s",
      "84  | 84  | 3 | 70000  | 125  | annotate 84/84 documents (100%), 3 failed, 0.67 docs/s, 560 tokens/s, done in 2m05s",
      "0   | 0   | 0 | 0      | 0.1  | annotate 0/0 documents (100%), 0 failed, 0.00 docs/s, 0 tokens/s, done in 0s"})
  void line(int done, int total, int failed, long tokens, double seconds, String expected) {
    assertEquals(expected, Progress.line("annotate", done, total, failed, tokens, seconds));
  }

  @ParameterizedTest(name = "{0}s -> {1}")
  @CsvSource({"0, 0s", "59.4, 59s", "59.6, 1m00s", "605, 10m05s", "3599, 59m59s", "3600, 1h00m", "86399, 23h59m"})
  void duration(double seconds, String expected) {
    assertEquals(expected, Progress.duration(seconds));
  }

  @ParameterizedTest(name = "done {0} (last {1}) of {2}, {3}s since -> {4}")
  @CsvSource({
      // 5% of 924 = 46.2 documents
      "60,  10, 924, 30,  true",   // 50 more documents (5.4%) and 30 s
      "50,  10, 924, 30,  false",  // 40 more: under 5%
      "100, 10, 924, 9.9, false",  // plenty more, but under 10 s: no flood on fast runs
      "100, 10, 924, 10,  true",
      "11,  10, 924, 60,  true",   // slow run: a sign of life every minute
      "11,  10, 924, 59,  false",
      "9,   4,  84,  12,  true",   // small run: 5% of 84 is 4.2 documents
      "8,   4,  84,  30,  false"})
  void logCadence(int done, int doneAtLast, int total, double secondsSinceLast, boolean due) {
    assertEquals(due, Progress.logDue(done, doneAtLast, total, secondsSinceLast));
  }

  @Test
  void logModeOnAFastRunWritesOnlyTheFinalLine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Progress p = new Progress(Progress.Mode.LOG, new PrintStream(bytes, true, StandardCharsets.UTF_8), "annotate", 2000);
    for (int i = 0; i < 2000; i++) {
      p.documentDone(i % 100 != 0, 10);
    }
    p.close();
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(1, lines.length, String.join("\n", lines));
    assertTrue(lines[0].startsWith("annotate 2000/2000 documents (100%), 20 failed"), lines[0]);
  }

  @Test
  void barModeRewritesOneLineAndEndsIt() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Progress p = new Progress(Progress.Mode.BAR, new PrintStream(bytes, true, StandardCharsets.UTF_8), "annotate", 3);
    for (int i = 0; i < 3; i++) {
      p.documentDone(true, 10);
    }
    p.close();
    String s = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(s.startsWith("\rannotate 1/3"), s);
    assertTrue(s.contains("\rannotate 3/3 documents (100%)"), s);
    assertTrue(s.endsWith("\n") && s.indexOf('\n') == s.length() - 1, "one line, ended once: " + s);
  }

  @Test
  void noneWritesNothingAndAutoIsLogWithoutAConsole() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Progress p = new Progress(Progress.Mode.NONE, new PrintStream(bytes, true, StandardCharsets.UTF_8), "annotate", 1);
    p.documentDone(true, 1);
    p.close();
    assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    assertEquals(Progress.Mode.LOG, Progress.Mode.AUTO.resolve(false));
    assertEquals(Progress.Mode.BAR, Progress.Mode.AUTO.resolve(true));
    assertEquals(Progress.Mode.LOG, Progress.Mode.LOG.resolve(true));
  }
}
