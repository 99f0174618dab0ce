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

  @Test
  void goldDeclaresItsLabelsInLabelsTxt(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Moon said so.");
    Files.writeString(dir.resolve("a.ann"), "T1\tPERSON 0 4\tMoon\n");
    Files.writeString(dir.resolve("labels.conf"), "# named types only\nPERSON\n\nORGANIZATION  # companies too\nLOCATION\n");
    BratCorpus c = BratCorpus.readGold(dir);
    assertEquals(java.util.Set.of("PERSON", "ORGANIZATION", "LOCATION"), c.declaredLabels());
    assertEquals(List.of("labels declared in labels.conf: LOCATION, ORGANIZATION, PERSON"), c.notes());
  }

  @Test
  void goldWithoutLabelsTxtDeclaresNothing(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Moon said so.");
    Files.writeString(dir.resolve("a.ann"), "T1\tPERSON 0 4\tMoon\n");
    assertTrue(BratCorpus.readGold(dir).declaredLabels().isEmpty());
  }

  @Test
  void badLabelsTxtNamesTheFileAndLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Moon said so.");
    Files.writeString(dir.resolve("a.ann"), "T1\tPERSON 0 4\tMoon\n");
    Files.writeString(dir.resolve("labels.conf"), "PERSON\nORGANIZATION LOCATION\n");
    BratFormatException e = org.junit.jupiter.api.Assertions.assertThrows(BratFormatException.class,
        () -> BratCorpus.readGold(dir));
    assertEquals(dir.resolve("labels.conf") + ":2: expected one label per line, got 'ORGANIZATION LOCATION'",
        e.getMessage());
    Files.writeString(dir.resolve("labels.conf"), "# nothing\n");
    assertTrue(org.junit.jupiter.api.Assertions.assertThrows(BratFormatException.class,
        () -> BratCorpus.readGold(dir)).getMessage().contains("declares no label"));
  }
}
