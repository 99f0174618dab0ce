package org.newsrel.brat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratWriterTest {

  @Test
  void roundTripKeepsEveryLine() throws Exception {
    String ann = """
        T1\tSource 0 4\tMoon
        T2\tCue 5 9\tsaid
        T3\tContent 10 36\tthe soldiers were captured
        T4\tAttribution 5 9\tsaid
        E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3
        A1\tKind E1 Indirect
        N1\tReference T1 newsrel:moon\tMoon
        #1\tAnnotatorNotes T1\tok
        """;
    BratDocument d = BratReader.parse("doc", BratReaderTest.TEXT, "doc.ann", ann);
    assertEquals(ann, BratWriter.format(d));
  }

  @Test
  void spanAcrossLineBreakIsWrittenAsOneFragmentPerLine() throws Exception {
    String text = "\"First part\n\nsecond part\" he said";
    BratDocument d = new BratDocument("d", text,
        List.of(new TextBound("T1", "Content", List.of(new Fragment(0, 25)), text.substring(0, 25), 0)),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    String ann = BratWriter.format(d);
    assertEquals("T1\tContent 0 11;13 25\t\"First part second part\"\n", ann);
    assertEquals(2, BratReader.parse("d", text, "d.ann", ann).textBounds().get(0).fragments().size());
  }

  @Test
  void writeLeavesNoPartFile(@TempDir Path dir) throws Exception {
    BratDocument d = BratDocument.empty("x", "text");
    BratWriter.write(d, dir.resolve("out"), true);
    assertTrue(Files.exists(dir.resolve("out/x.ann")));
    assertEquals("text", Files.readString(dir.resolve("out/x.txt")));
    try (var s = Files.list(dir.resolve("out"))) {
      assertFalse(s.anyMatch(p -> p.toString().endsWith(".part")));
    }
  }
}
