package org.newsrel.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.newsrel.brat.BratDocument;
import org.newsrel.brat.BratFormatException;
import org.newsrel.brat.BratReader;
import org.newsrel.brat.BratWriter;
import org.newsrel.brat.Fragment;
import org.newsrel.brat.TextBound;

/**
 * Property-based fuzzing of the brat reader (no models, thousands of tries): whatever
 * the .ann holds, {@link BratReader#parse} either returns a document whose every span
 * lies inside the text and equals the text at its offsets, or throws
 * {@link BratFormatException} (the one documented failure). Nothing else escapes.
 */
class BratReaderFuzzTest {

  /** Texts with the awkward parts: surrogate pairs, CR, CRLF, tabs, non-Latin scripts. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.of("The ", "minister ", "said", " \"", "\" ", "\n", "\r\n", "\r", "\t",
        "\ud83d\ude00", "\u00e9", "\u4e2d\u6587", " ", ".", "'", "\u201c", "\u201d", "Zelensky", "a;b", "x:y");
    return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
  }

  /** Random .ann lines built from brat's own vocabulary, so that many get deep into the parser. */
  @Provide
  Arbitrary<String> anns() {
    Arbitrary<String> token = Arbitraries.oneOf(
        Arbitraries.of("T1", "T2", "E1", "A1", "N1", "R1", "#1", "*", "M1", "X1", "T", "T-1", "Tx_2"),
        Arbitraries.of("PERSON", "Source", "Cue", "Content", "Attribution:T1", "Capture:T2", "Captor:T1", "Source:T2",
            "Kind", "Direct", "Reference", "newsrel:abc", "Arg1:T1", "Arg2:T2", "AnnotatorNotes", "Equiv"),
        Arbitraries.integers().between(-3, 60).map(String::valueOf),
        Arbitraries.of("99999999999999999999", "2147483648", "0", ";", ":", " ", "\t", "", "\r", "\u0000", "\ud83d",
            "\ud83d\ude00"),
        Arbitraries.strings().ofMaxLength(6));
    Arbitrary<String> line = token.list().ofMaxSize(9).map(l -> String.join(" ", l).replaceFirst(" ", "\t"));
    return line.list().ofMaxSize(8).map(l -> String.join("\n", l));
  }

  @Property(tries = 3000)
  void randomAnnIsReadOrRejectedWithBratFormatException(@ForAll("texts") String text, @ForAll("anns") String ann) {
    parseAndCheck(text, ann);
  }

  /** Valid .ann of random spans, then mutated: characters deleted, swapped or replaced. */
  @Property(tries = 3000)
  void mutatedValidAnnIsReadOrRejectedWithBratFormatException(@ForAll("texts") String text,
      @ForAll("seeds") long seed) throws Exception {
    Random r = new Random(seed);
    String ann = validAnn(text, r);
    parseAndCheck(text, ann); // unmutated first: must parse
    StringBuilder sb = new StringBuilder(ann);
    int edits = 1 + r.nextInt(4);
    for (int i = 0; i < edits && sb.length() > 0; i++) {
      int at = r.nextInt(sb.length());
      switch (r.nextInt(4)) {
        case 0 -> sb.deleteCharAt(at);
        case 1 -> sb.setCharAt(at, "0123456789 \t;:\nT-".charAt(r.nextInt(17)));
        case 2 -> sb.insert(at, String.valueOf(r.nextInt(1000)));
        default -> sb.insert(at, '\t');
      }
    }
    parseAndCheck(text, sb.toString());
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  /** What the writer writes the reader reads back, with the same spans (brat's line-break splitting aside). */
  @Property(tries = 2000)
  void writerOutputIsReadBack(@ForAll("texts") String text, @ForAll("seeds") long seed) throws Exception {
    BratDocument doc = BratReader.parse("fuzz", text, "fuzz.ann", validAnn(text, new Random(seed)));
    String written = BratWriter.format(doc);
    BratDocument back = BratReader.parse("fuzz", text, "fuzz.ann", written);
    assertEquals(doc.textBounds().size(), back.textBounds().size(), written);
    check(text, back);
  }

  /** T lines (code point offsets, never splitting a surrogate pair) over random spans of {@code text}. */
  static String validAnn(String text, Random r) {
    int cps = text.codePointCount(0, text.length());
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(5);
    for (int i = 1; i <= n; i++) {
      int b = cps == 0 ? 0 : r.nextInt(cps + 1);
      int e = b + (cps - b == 0 ? 0 : r.nextInt(cps - b + 1));
      int cb = text.offsetByCodePoints(0, b);
      int ce = text.offsetByCodePoints(0, e);
      String covered = text.substring(cb, ce);
      if (covered.contains("\n") || covered.contains("\r")) {
        continue; // brat writes such spans as one fragment per line (the writer's job, tested above)
      }
      sb.append('T').append(i).append('\t').append("Label").append(' ').append(b).append(' ').append(e).append('\t')
          .append(covered).append('\n');
    }
    return sb.toString();
  }

  static void parseAndCheck(String text, String ann) {
    BratDocument doc;
    try {
      doc = BratReader.parse("fuzz", text, "fuzz.ann", ann);
    } catch (BratFormatException e) {
      assertTrue(e.getMessage().startsWith("fuzz.ann"), "the error names the file: " + e.getMessage());
      return;
    }
    check(text, doc);
  }

  static void check(String text, BratDocument doc) {
    for (TextBound t : doc.textBounds()) {
      List<String> parts = new ArrayList<>();
      for (Fragment f : t.fragments()) {
        assertTrue(0 <= f.begin() && f.begin() <= f.end() && f.end() <= text.length(), t.toString());
        parts.add(text.substring(f.begin(), f.end()));
      }
      assertEquals(String.join(" ", parts), t.text(), t.toString());
    }
  }

}
