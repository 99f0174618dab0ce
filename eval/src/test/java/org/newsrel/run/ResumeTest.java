package org.newsrel.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsrel.run.TextInputs;

/**
 * Streaming annotate without models ({@link FakeAnnotator}): the resume decisions, the
 * records, and a run killed in the middle and resumed, which must end with the files of
 * one uninterrupted run.
 */
class ResumeTest {

  static final Map<String, String> TEXTS = new TreeMap<>(Map.of(
      "a", "Maria Lopez said the budget would be cut. Officials agreed.\n",
      "b", "Lopez said she would resign. Nobody said anything else.\n",
      "c", "Peter Novak met Lopez in the capital.\n",
      "d", "Novak said talks would go on.\n",
      "e", "The Harbor Authority said the port was closed. Mr Novak waited.\n",
      "f", "Anna Berg said nothing.\n",
      "g", "Berg said the vote was close.\n",
      "h", "Jan Lopez said he was not related.\n"));

  static Path corpus(Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (var e : TEXTS.entrySet()) {
      Files.writeString(in.resolve(e.getKey() + ".txt"), e.getValue());
    }
    return in;
  }

  static int run(Path in, Path out, FakeAnnotator fake, boolean resume, String config) throws Exception {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return Annotate.run(Batch.texts(in), out, fake, new Annotate.Settings(2, Progress.Mode.NONE, resume, config), sink,
        sink);
  }

  /** Every file under {@code dir} (records included), relative name -> content. */
  static Map<String, String> files(Path dir) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        m.put(dir.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
      }
    }
    return m;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // case | record name | text hash | config hash | outputs there | decision
      "complete,          a, T, C, true,  COMPLETE",
      "no record,         , , , true,  NO_RECORD",
      "record of another, b, T, C, true,  NO_RECORD",
      "text changed,      a, X, C, true,  TEXT_CHANGED",
      "config changed,    a, T, X, true,  CONFIG_CHANGED",
      "output missing,    a, T, C, false, OUTPUT_MISSING",
      "both changed,      a, X, X, true,  TEXT_CHANGED"})
  void decisionTable(String label, String recName, String textHash, String configHash, boolean outputs,
      DocumentRecord.Decision expected) {
    DocumentRecord.Header h = recName == null ? null : new DocumentRecord.Header(recName, textHash, configHash);
    assertEquals(expected, DocumentRecord.decide(h, "a", "T", "C", outputs));
  }

  static List<Object[]> onDisk() {
    List<Object[]> cases = new ArrayList<>();
    cases.add(new Object[] {"untouched", (Consumer<Path>) out -> { }, FakeAnnotator.CONFIG,
        DocumentRecord.Decision.COMPLETE});
    cases.add(new Object[] {"json deleted", (Consumer<Path>) out -> delete(out.resolve("b.json")), FakeAnnotator.CONFIG,
        DocumentRecord.Decision.OUTPUT_MISSING});
    cases.add(new Object[] {"ann retired as stale", (Consumer<Path>) out -> move(out.resolve("b.ann"),
        out.resolve("b.ann.stale")), FakeAnnotator.CONFIG, DocumentRecord.Decision.OUTPUT_MISSING});
    cases.add(new Object[] {"text changed", (Consumer<Path>) out -> write(out.resolveSibling("in").resolve("b.txt"),
        "Lopez said she would stay.\n"), FakeAnnotator.CONFIG, DocumentRecord.Decision.TEXT_CHANGED});
    cases.add(new Object[] {"other configuration", (Consumer<Path>) out -> { }, "fake-pipeline-v2",
        DocumentRecord.Decision.CONFIG_CHANGED});
    cases.add(new Object[] {"record cut short (killed while writing it)", (Consumer<Path>) out -> truncate(
        DocumentRecord.path(out, "b")), FakeAnnotator.CONFIG, DocumentRecord.Decision.NO_RECORD});
    cases.add(new Object[] {"record deleted", (Consumer<Path>) out -> delete(DocumentRecord.path(out, "b")),
        FakeAnnotator.CONFIG, DocumentRecord.Decision.NO_RECORD});
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("onDisk")
  void decisionOnDisk(String label, Consumer<Path> change, String config, DocumentRecord.Decision expected,
      @TempDir Path dir) throws Exception {
    Path in = corpus(dir);
    Path out = dir.resolve("out");
    assertEquals(0, run(in, out, new FakeAnnotator(0), false, FakeAnnotator.CONFIG));
    change.accept(out);
    String text = TextInputs.read(in.resolve("b.txt")).text();
    assertEquals(expected, DocumentRecord.decide(out, "b", DocumentRecord.hash(text), config));
    // and a resumed run annotates b again exactly when it is not complete, ending as a fresh run would
    FakeAnnotator fake = new FakeAnnotator(0);
    assertEquals(0, run(in, out, fake, true, config));
    int expectedCalls = expected == DocumentRecord.Decision.COMPLETE ? 0
        : config.equals(FakeAnnotator.CONFIG) ? 1 : TEXTS.size();
    assertEquals(expectedCalls, fake.calls.get());
    Path fresh = dir.resolve("fresh");
    run(in, fresh, new FakeAnnotator(0), false, config);
    Map<String, String> got = files(out);
    got.keySet().removeIf(k -> k.endsWith(".stale"));
    assertEquals(files(fresh), got);
  }

  @Test
  void recordsRoundTripAndAFailedDocumentLosesItsRecord(@TempDir Path dir) throws Exception {
    Path in = corpus(dir);
    Path out = dir.resolve("out");
    run(in, out, new FakeAnnotator(0), false, FakeAnnotator.CONFIG);
    FakeAnnotator fake = new FakeAnnotator(0);
    Annotate.Annotated a = fake.annotate("a", TEXTS.get("a"));
    DocumentRecord.Loaded back = DocumentRecord.read(DocumentRecord.path(out, "a"), true, TEXTS.get("a"));
    assertEquals(a.layers(), back.layers());
    assertEquals(List.of(a.tokens().begins().length, a.tokens().ends()[3]),
        List.of(back.tokens().begins().length, back.tokens().ends()[3]));
    assertNotNull(DocumentRecord.readHeader(DocumentRecord.path(out, "c")));

    Files.writeString(in.resolve("c.txt"), "FAIL now\n");
    assertEquals(1, run(in, out, new FakeAnnotator(0), true, FakeAnnotator.CONFIG));
    assertNull(DocumentRecord.readHeader(DocumentRecord.path(out, "c")));
    assertTrue(Files.exists(out.resolve("c.ann.stale")) && !Files.exists(out.resolve("c.ann")));
  }

  /**
   * The real thing: a run in another JVM, killed (SIGKILL) after a few documents, then
   * resumed: the result is the files of one uninterrupted run, and only the documents
   * without a complete record were annotated again.
   */
  @Test
  void killedRunResumedEqualsUninterruptedRun(@TempDir Path dir) throws Exception {
    Path in = corpus(dir);
    Path ref = dir.resolve("ref");
    assertEquals(0, run(in, ref, new FakeAnnotator(0), false, FakeAnnotator.CONFIG));

    Path out = dir.resolve("out");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), FakeAnnotator.class.getName(),
        in.toString(), out.toString(), "700").redirectErrorStream(true)
        .redirectOutput(dir.resolve("killed.log").toFile()).start();
    Path records = out.resolve(DocumentRecord.DIR);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (countRecords(records) < 3 && System.nanoTime() < deadline && p.isAlive()) {
      Thread.sleep(50);
    }
    p.destroyForcibly().waitFor();
    int done = countRecords(records);
    assertTrue(done >= 3 && done < TEXTS.size(), "killed after " + done + " documents: "
        + Files.readString(dir.resolve("killed.log")));
    // what a kill can also leave: a record and an output cut short
    List<String> missing = TEXTS.keySet().stream().filter(n -> !Files.exists(DocumentRecord.path(out, n))).toList();
    Files.write(DocumentRecord.path(out, missing.get(0)), new byte[] {0, 23, 'n', 'e', 'w'});
    Files.writeString(out.resolve(missing.get(1) + ".ann"), "T1\tPERSON 0 4\tHalf");

    FakeAnnotator fake = new FakeAnnotator(0);
    assertEquals(0, run(in, out, fake, true, FakeAnnotator.CONFIG));
    assertEquals(TEXTS.size() - done, fake.calls.get());
    assertEquals(files(ref), files(out));
  }

  private static int countRecords(Path records) throws IOException {
    if (!Files.isDirectory(records)) {
      return 0;
    }
    try (Stream<Path> s = Files.list(records)) {
      return (int) s.filter(p -> p.toString().endsWith(DocumentRecord.SUFFIX)).count();
    }
  }

  private static void delete(Path p) {
    try {
      Files.delete(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void move(Path a, Path b) {
    try {
      Files.move(a, b);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void write(Path p, String s) {
    try {
      Files.writeString(p, s);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void truncate(Path p) {
    try {
      byte[] b = Files.readAllBytes(p);
      Files.write(p, java.util.Arrays.copyOf(b, b.length / 2));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
