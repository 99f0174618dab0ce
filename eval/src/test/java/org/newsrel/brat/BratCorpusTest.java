package org.newsrel.brat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratCorpusTest {

  @Test
  void polnearLayoutUsesFirstAnnotatorFileAndSaysSo(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    Files.writeString(dir.resolve("text/a_story.txt"), "Moon said so.");
    Files.writeString(dir.resolve("attributions/a_story_b2.ann"), "T1\tSource 0 4\tMoon\n");
    Files.writeString(dir.resolve("attributions/a_story_a1.ann"), "T1\tCue 5 9\tsaid\n");
    BratCorpus c = BratCorpus.readGold(dir);
    assertEquals(1, c.documents().size());
    assertEquals("a_story", c.documents().get(0).name());
    assertEquals("Cue", c.documents().get(0).textBounds().get(0).label());
    assertEquals(List.of("a_story: 2 annotators' files; used a_story_a1.ann"), c.notes());
  }

  @Test
  void badGoldDocumentIsLeftOutAndTheOthersKept(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("good.txt"), "Moon said so.");
    Files.writeString(dir.resolve("good.ann"), "T1\tPERSON 0 4\tMoon\n");
    Files.writeString(dir.resolve("bad.txt"), "Moon said so.");
    Files.writeString(dir.resolve("bad.ann"), "T1\tPERSON 0 40\tMoon\n");
    Files.writeString(dir.resolve("lonely.txt"), "no annotations");
    BratCorpus c = BratCorpus.readGold(dir);
    assertEquals(List.of("good"), c.documents().stream().map(BratDocument::name).toList());
    assertEquals(2, c.errors().size());
    assertTrue(c.errors().get(0).getMessage().startsWith(dir.resolve("bad.ann") + ":1: "));
    assertTrue(c.errors().get(1).getMessage().contains("lonely.ann: missing"));
  }

  @Test
  void missingPredictionScoresAsEmptyWithAWarning(@TempDir Path dir) throws Exception {
    BratDocument gold = BratReader.parse("g", "Moon said so.", "g.ann", "T1\tPERSON 0 4\tMoon\n");
    BratCorpus pred = BratCorpus.readPredictions(dir, List.of(gold));
    assertEquals(1, pred.documents().size());
    assertTrue(pred.documents().get(0).textBounds().isEmpty());
    assertEquals(List.of("warning: " + dir.resolve("g.ann") + " is missing; scored as an empty prediction"),
        pred.notes());
    assertTrue(pred.errors().isEmpty());
  }

  @Test
  void unreadablePredictionIsAnErrorAndScoresAsEmpty(@TempDir Path dir) throws Exception {
    BratDocument gold = BratReader.parse("g", "Moon said so.", "g.ann", "");
    Files.writeString(dir.resolve("g.ann"), "T1\tPERSON 0 4\tMoan\n");
    BratCorpus pred = BratCorpus.readPredictions(dir, List.of(gold));
    assertEquals(1, pred.documents().size());
    assertEquals(1, pred.errors().size());
    assertTrue(pred.errors().get(0).getMessage().contains("g.ann:1: text-bound T1: span text 'Moan'"));
  }
}
