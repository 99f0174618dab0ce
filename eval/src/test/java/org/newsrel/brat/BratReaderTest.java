package org.newsrel.brat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BratReaderTest {

  static final String TEXT = "Moon said the soldiers were captured.\n\"We know,\" he said. \"It is true.\"";

  static BratDocument parse(String ann) throws BratFormatException {
    return BratReader.parse("doc", TEXT, "doc.ann", ann);
  }

  @Test
  void readsEveryLineKind() throws Exception {
    BratDocument d = parse("""
        T1\tSource 0 4\tMoon
        T2\tCue 5 9\tsaid
        T3\tContent 10 36\tthe soldiers were captured
        T4\tAttribution 5 9\tsaid
        E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3
        A1\tKind E1 Indirect
        N1\tReference T1 newsrel:moon-seong-mook\tMoon Seong Mook
        R1\tSame Arg1:T1 Arg2:T3
        #1\tAnnotatorNotes T1\tchecked
        *\tEquiv T1 T2
        """);
    assertEquals(List.of("[0,4) Source Moon", "[5,9) Cue said", "[10,36) Content the soldiers were captured",
        "[5,9) Attribution said"), d.textBounds().stream().map(TextBound::toString).toList());
    assertEquals("T3", d.events().get(0).arg("Content").orElseThrow());
    assertEquals("Indirect", d.attribute("E1", "Kind").orElseThrow());
    assertEquals("moon-seong-mook", d.canonicalId("T1").orElseThrow());
    assertEquals(1, d.relations().size());
    assertEquals("checked", d.notes().get(0).text());
    assertEquals(List.of("T1", "T2"), d.equivs().get(0).ids());
  }

  @Test
  void discontinuousSpanTextIsFragmentsJoinedBySpace() throws Exception {
    // "We know," ... "It is true."
    int a = TEXT.indexOf("\"We");
    int b = TEXT.indexOf(" he");
    int c = TEXT.indexOf("\"It");
    String ann = "T1\tContent " + a + " " + b + ";" + c + " " + TEXT.length() + "\t\"We know,\" \"It is true.\"\n";
    TextBound t = parse(ann).textBounds().get(0);
    assertEquals(2, t.fragments().size());
    assertEquals(a, t.begin());
    assertEquals(TEXT.length(), t.end());
  }

  @Test
  void fragmentsOutOfTextOrderAreAcceptedAsPolnearWritesThem() throws Exception {
    TextBound t = parse("T1\tContent 10 22;0 4\tthe soldiers Moon\n").textBounds().get(0);
    assertEquals(0, t.begin());
    assertEquals(22, t.end());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "malformed id|X1\tPERSON 0 4\tMoon|doc.ann:1: malformed line",
      "offset past end|T1\tPERSON 0 400\tMoon|doc.ann:1: text-bound T1: offset 400 is past the end of the text",
      "span text mismatch|T1\tPERSON 0 4\tMoan|doc.ann:1: text-bound T1: span text 'Moan' does not match",
      "end before start|T1\tPERSON 4 0\tMoon|doc.ann:1: text-bound T1: end 0 before start 4",
      "no offsets|T1\tPERSON\tMoon|doc.ann:1: text-bound T1 has no offsets",
      "bad event arg|E1\tAttribution:T9|doc.ann:1: event E1: trigger T9 is not a text-bound",
      "bad attribute|A1\tKind|doc.ann:1: attribute A1: expected 'Name Target [Value]'",
      "bad normalization|N1\tReference T1 moon|doc.ann:1: normalization N1: reference",
  })
  void badLinesNameFileAndLine(String what, String line, String expectedStart) {
    BratFormatException e = assertThrows(BratFormatException.class, () -> parse(line.replace("\\t", "\t")));
    assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
  }

  @Test
  void duplicateIdNamesBothLines() {
    BratFormatException e = assertThrows(BratFormatException.class,
        () -> parse("T1\tPERSON 0 4\tMoon\n\nT1\tCue 5 9\tsaid\n"));
    assertEquals("doc.ann:3: duplicate id T1 (first on line 1)", e.getMessage());
    assertEquals(3, e.line());
  }

  @Test
  void danglingReferenceNamesTheEventLine() {
    BratFormatException e = assertThrows(BratFormatException.class,
        () -> parse("T1\tCue 5 9\tsaid\nE1\tAttribution:T1 Content:T7\n"));
    assertEquals("doc.ann:2: event E1: argument Content:T7 refers to an id not in this file", e.getMessage());
  }

  @Test
  void nonUtf8FileIsRejectedWithFileAndByteOffset(@TempDir Path dir) throws Exception {
    Path txt = dir.resolve("bad.txt");
    Files.write(txt, new byte[] {'a', 'b', '\n', 'c', (byte) 0xff, 'd'});
    Files.writeString(dir.resolve("bad.ann"), "");
    BratFormatException e = assertThrows(BratFormatException.class,
        () -> BratReader.read(txt, dir.resolve("bad.ann")));
    assertEquals(txt + ":2: not valid UTF-8 (first bad byte at byte offset 4)", e.getMessage());
  }

  @Test
  void truncatedMultibyteSequenceAtEndIsFound() {
    byte[] b = "ok \u00e9".getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(b, b.length - 1);
    assertEquals(3, TextFiles.firstInvalidUtf8Byte(cut));
    assertEquals(b.length, TextFiles.firstInvalidUtf8Byte(b));
  }

  @Test
  void offsetsCountCodePointsOutsideTheBmp() throws Exception {
    String text = "\uD83D\uDE00 Moon said";  // an emoji (2 UTF-16 units, 1 code point) first
    BratDocument d = BratReader.parse("d", text, "d.ann", "T1\tPERSON 2 6\tMoon\n");
    assertEquals(3, d.textBounds().get(0).begin());
    assertEquals("T1\tPERSON 2 6\tMoon\n", BratWriter.format(d));
  }
}
