package org.newsrel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemNameTest {

  @Test
  void aSystemIsNamedAfterItsPredictionFolder() {
    assertEquals("dev-final", Evaluate.systemName(Path.of("/tmp/dev-final"), Set.of()));
    assertEquals("newsrel", Evaluate.systemName(Path.of("target/report/pred/newsrel/"), Set.of()));
  }

  @Test
  void twoFoldersOfTheSameNameGetDistinctNames() {
    assertEquals("pred-2", Evaluate.systemName(Path.of("b/pred"), Set.of("pred")));
    assertEquals("pred-3", Evaluate.systemName(Path.of("c/pred"), Set.of("pred", "pred-2")));
  }

  @Test
  void evalNamesTheSystemAfterTheFolderAndCountsMissingFiles(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("gold");
    Path pred = dir.resolve("my-system");
    Files.createDirectories(gold);
    Files.createDirectories(pred);
    for (String n : new String[] {"a", "b"}) {
      Files.writeString(gold.resolve(n + ".txt"), "Moon said so.");
      Files.writeString(gold.resolve(n + ".ann"), "T1\tPERSON 0 4\tMoon\n");
    }
    Files.writeString(pred.resolve("a.ann"), "T1\tPERSON 0 4\tMoon\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"eval", "--gold", gold.toString(), "--pred", pred.toString(), "--report",
        dir.resolve("rep").toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, text);
    assertTrue(text.lines().findFirst().orElseThrow().matches("layer\\s+metric\\s+my-system"), text);
    assertTrue(text.contains("my-system: 1 of 2 prediction files missing"), text);
    String md = Files.readString(dir.resolve("rep/report.md"));
    assertTrue(md.contains("| my-system | entities | identity, attributions, relations | 1 of 2 |"), md);
  }
}
