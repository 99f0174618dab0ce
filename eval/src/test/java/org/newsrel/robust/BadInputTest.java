package org.newsrel.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsrel.brat.BratDocument;
import org.newsrel.brat.BratReader;
import org.newsrel.cli.Main;

/**
 * Bad and awkward inputs through the real path, {@code newsrel annotate} (in-process,
 * on the JVM's one shared newsrel pipeline): every input gets a defined outcome, either
 * a correct result (output files whose offsets and span texts check against the text)
 * or a failure listed with its reason, and one bad document never sinks the others.
 *
 * <p>All small cases go through ONE annotate run (a poisoned batch, with a stale output
 * from an "earlier run" for a document that now fails); the 1 MB document has its own run.
 */
class BadInputTest {

  /** One input file: its bytes and whether it must be annotated (true) or fail (false, reason). */
  record Case(String name, byte[] bytes, boolean ok, String reason) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final String NEWS = "The interior minister said on Tuesday that the border would stay closed.\n";

  static List<Case> cases() {
    StringBuilder longSentence = new StringBuilder("The committee said that");
    for (int i = 0; longSentence.toString().split(" ").length < 500; i++) {
      longSentence.append(i % 7 == 0 ? " and the officials of district " + i : " the report " + i);
    }
    longSentence.append(" would be published.\n");
    return List.of(
        ok("empty", ""),
        ok("whitespace-only", "  \n\t\n \u00a0 \n"),
        fail("nul-byte", bytes("The police said\u0000 nothing."), "NUL character at offset 15"),
        fail("binary", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d}, "not valid UTF-8 (first bad byte at byte offset 0)"),
        fail("latin1", "Caf\u00e9 owners said they would strike.".getBytes(StandardCharsets.ISO_8859_1), "not valid UTF-8 (first bad byte at byte offset 3)"),
        fail("truncated-utf8", concat(bytes("The mayor said \u201cno"), new byte[] {(byte) 0xe2, (byte) 0x80}), "not valid UTF-8"),
        new Case("bom", concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, bytes(NEWS)), true, null),
        ok("crlf", "Headline of the day\r\n\"We will not give up,\" the mayor said.\r\nOfficials said talks would resume.\r\n"),
        ok("lone-cr", "Headline of the day\r\"We will not give up,\" the mayor said.\rOfficials said talks would resume.\r"),
        ok("unbalanced-quotes", "He said \"we will win. Then \"nothing\" happened \"again.\nThe \u201cchief said \u201dno\u201d.\n\""),
        ok("nested-quotes", "\"She told me 'we will never surrender,' and then she left,\" the officer said.\n"
            + "\u201cHe said \u2018enough\u2019 twice,\u201d a witness told reporters.\n"),
        ok("open-quote-across-paragraphs", "\u201cThe first paragraph of the statement.\n\n\u201cThe second paragraph goes on without"
            + " a closing mark.\n\nThe minister said nothing else.\n"),
        ok("500-token-sentence", longSentence.toString()),
        ok("non-english", "Der Minister sagte am Dienstag: \u201eWir bleiben hart.\u201c\n\u8b66\u65b9\u8868\u793a\uff0c\u4e24\u540d\u5acc\u7591\u4eba\u5df2\u88ab\u902e\u6355\u3002\n"
            + "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 \u0625\u0646 \u0627\u0644\u062d\u062f\u0648\u062f \u0633\u062a\u0628\u0642\u0649 \u0645\u063a\u0644\u0642\u0629.\n"),
        ok("emoji-and-controls", "The mayor \ud83d\ude00 said \"great\" \u0007news\u000b today.\u2028Police arrested a man\ud83c\udff4.\u00ad\n"),
        ok("good-1", NEWS + "\"We are ready,\" said Maria Lopez, the party leader.\n"),
        ok("good-2", "Soldiers captured three fighters near the river on Sunday, the army said.\n"));
  }

  static Case ok(String name, String text) {
    return new Case(name, bytes(text), true, null);
  }

  static Case fail(String name, byte[] bytes, String reason) {
    return new Case(name, bytes, false, reason);
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  record Run(int code, String out, String err) {}

  static Run annotate(Path in, Path out) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"annotate", "--in", in.toString(), "--out", out.toString()},
        new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
    return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
  }

  /** name -> {status, reason} from newsrel-run.tsv. */
  static Map<String, String[]> manifest(Path out) throws IOException {
    Map<String, String[]> m = new HashMap<>();
    for (String line : Files.readAllLines(out.resolve("newsrel-run.tsv"))) {
      if (!line.startsWith("#")) {
        String[] cols = line.split("\t", -1);
        m.put(cols[0], new String[] {cols[1], cols[2]});
      }
    }
    return m;
  }

  @TempDir static Path dir;
  static Path in;
  static Path out;
  static Run run;
  static double seconds;

  @BeforeAll
  static void annotatePoisonedBatch() throws IOException {
    in = Files.createDirectories(dir.resolve("in"));
    out = Files.createDirectories(dir.resolve("out"));
    for (Case c : cases()) {
      Files.write(in.resolve(c.name() + ".txt"), c.bytes());
    }
    // An earlier run's output for a document that fails in this one.
    Files.writeString(out.resolve("latin1.ann"), "T1\tPERSON 0 4\tCaf?\n");
    Files.writeString(out.resolve("latin1.json"), "{}");
    long t0 = System.nanoTime();
    run = annotate(in, out);
    seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("BadInputTest: poisoned batch of %d documents annotated in %.1f s (incl. model load if first)%n",
        cases().size(), seconds);
  }

  @Test
  void exitCodeSaysSomeFailedAndStderrNamesEachFailedFile() {
    assertEquals(1, run.code(), run.err());
    for (Case c : cases()) {
      assertEquals(!c.ok(), run.err().contains(in.resolve(c.name() + ".txt").toString()), c.name() + "\n" + run.err());
    }
    assertTrue(run.out().contains(cases().size() + " documents: " + cases().stream().filter(Case::ok).count()
        + " written, " + cases().stream().filter(c -> !c.ok()).count() + " failed"), run.out());
  }

  static Stream<Case> allCases() {
    return cases().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allCases")
  void everyInputHasItsDefinedOutcome(Case c) throws Exception {
    String[] row = manifest(out).get(c.name());
    assertTrue(row != null, "not in the manifest: " + c.name());
    Path ann = out.resolve(c.name() + ".ann");
    Path txt = out.resolve(c.name() + ".txt");
    if (c.ok()) {
      assertEquals("ok", row[0], row[1]);
      assertTrue(Files.isRegularFile(out.resolve(c.name() + ".json")));
      // the written text is the input (a BOM dropped), and the .ann checks against it:
      // offsets inside the text, every span text equal to the text at its offsets
      String expected = new String(c.bytes(), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
      assertEquals(expected, Files.readString(txt, StandardCharsets.UTF_8));
      BratDocument doc = BratReader.read(txt, ann);
      assertEquals(expected, doc.text());
    } else {
      assertEquals("failed", row[0]);
      assertTrue(row[1].contains(c.reason()), row[1]);
      assertTrue(row[1].contains(c.name() + ".txt"), "reason names the file: " + row[1]);
      assertFalse(Files.exists(ann), "no .ann for a failed document");
      assertFalse(Files.exists(out.resolve(c.name() + ".json")), "no .json for a failed document");
    }
  }

  @Test
  void staleOutputOfAFailedDocumentIsRetiredAndSaidSo() throws IOException {
    assertFalse(Files.exists(out.resolve("latin1.ann")));
    assertEquals("T1\tPERSON 0 4\tCaf?\n", Files.readString(out.resolve("latin1.ann.stale")));
    assertTrue(Files.exists(out.resolve("latin1.json.stale")));
    assertTrue(manifest(out).get("latin1")[1].contains("latin1.ann, latin1.json, renamed to *.stale"),
        manifest(out).get("latin1")[1]);
  }

  @Test
  void noTemporaryFilesRemain() throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      List<Path> parts = s.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
      assertTrue(parts.isEmpty(), parts.toString());
    }
  }

  @Test
  void bomIsDroppedAndOffsetsReferToTheTextWithoutIt() throws Exception {
    String text = Files.readString(out.resolve("bom.txt"));
    assertFalse(text.startsWith("\uFEFF"));
    BratDocument doc = BratReader.read(out.resolve("bom.txt"), out.resolve("bom.ann"));
    assertTrue(doc.textBounds().stream().anyMatch(t -> t.text().equals("Tuesday") || t.text().equals("interior minister")
        || t.text().contains("minister")), "entities found after the BOM: " + doc.textBounds());
  }

  @Test
  void megabyteDocumentIsAnnotated(@TempDir Path big) throws Exception {
    String[] paragraphs = {
        "Officials in the northern province said on Monday that 40 people had been detained after the protests.\n",
        "\"We will not accept violence in our streets,\" said Daniel Ortega Ruiz, the provincial governor.\n",
        "The opposition party, which won 12 seats in the last election, said the arrests were politically motivated.\n",
        "Police captured two suspects near the railway station, according to a statement from the ministry.\n",
        "A spokeswoman for the United Nations said the agency was monitoring the situation closely.\n",
        "\n"};
    // 1 MB by default; -Dnewsrel.robust.bigDocChars=N to change (measured: 1 MB takes ~5-9 min on 2 busy cores)
    int size = Integer.getInteger("newsrel.robust.bigDocChars", 1_000_000);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; sb.length() < size; i++) {
      sb.append(paragraphs[i % paragraphs.length]);
    }
    Path bin = Files.createDirectories(big.resolve("in"));
    Path bout = big.resolve("out");
    Files.writeString(bin.resolve("megabyte.txt"), sb);
    long t0 = System.nanoTime();
    Run r = annotate(bin, bout);
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf("BadInputTest: 1 MB document (%d chars) annotated in %.1f s%n", sb.length(), s);
    assertEquals(0, r.code(), r.err());
    BratDocument doc = BratReader.read(bout.resolve("megabyte.txt"), bout.resolve("megabyte.ann"));
    assertTrue(doc.textBounds().size() > size / 1000, "annotations over the whole document: " + doc.textBounds().size());
    assertTrue(doc.textBounds().stream().anyMatch(t -> t.fragments().get(0).begin() > size * 9 / 10),
        "the end of the document is annotated too");
  }
}
