package org.newsrel.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's local-mode command, run as the README shows it (from the repository root,
 * {@code spark/run-local}: a JVM started as spark-submit starts one, local[2]) on the gold
 * texts; its files must equal {@code annotate}'s. The test reads the command from the README,
 * so the two cannot drift apart.
 */
class ReadmeCommandTest {

  static final String COMMAND = "spark/run-local --in gold/corpus --out target/spark-gold --brat target/spark-gold-brat";

  @Test
  void localModeCommandOfTheReadmeWritesAnnotatesFiles() throws Exception {
    Path repo = LocalSpark.repo();
    String readme = Files.readString(repo.resolve("README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains("    " + COMMAND + "\n"), "README shows the command " + COMMAND);
    for (String out : List.of("target/spark-gold", "target/spark-gold-brat")) {
      LocalSpark.delete(repo.resolve(out));
    }
    Path log = LocalSpark.scratch("readme-command").resolve("job.log");
    ProcessBuilder pb = new ProcessBuilder(List.of("bash", "-c", COMMAND)).directory(repo.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    long t0 = System.nanoTime();
    Process p = pb.start();
    assertTrue(p.waitFor(15, TimeUnit.MINUTES), "job still running after 15 minutes");
    String out = Files.readString(log, StandardCharsets.UTF_8);
    System.out.printf("ReadmeCommandTest: job JVM ran %.1f s%n", (System.nanoTime() - t0) / 1e9);
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.contains("5 documents: 5 annotated, 0 failed"), out);

    Path cli = LocalSpark.scratch("readme-command-cli");
    LocalSpark.cliAnnotate(LocalSpark.goldTexts(), cli, 0);
    Map<String, String> expected = LocalSpark.files(cli);
    Map<String, String> actual = LocalSpark.files(repo.resolve("target/spark-gold-brat"));
    assertEquals(expected.keySet(), actual.keySet());
    for (String f : expected.keySet()) {
      assertEquals(expected.get(f), actual.get(f), f);
    }
    assertTrue(Files.isRegularFile(repo.resolve("target/spark-gold").resolve("_SUCCESS")), "Parquet table written");
  }
}
