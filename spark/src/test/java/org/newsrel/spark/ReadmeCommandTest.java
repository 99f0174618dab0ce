package org.newsrel.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's local-mode command, as spark-submit runs it: a new JVM with spark-submit's
 * module flags and the {@code spark.*} settings as system properties (what spark-submit
 * passes for {@code --master local[2] --driver-memory 2g --conf ...}), the job's main class
 * and the README's arguments on the gold texts. Its files must equal {@code annotate}'s.
 */
class ReadmeCommandTest {

  @Test
  void localModeCommandWritesAnnotatesFiles() throws Exception {
    Path target = LocalSpark.target();
    Path out = LocalSpark.scratch("readme-command");
    String cp = target.resolve("classes") + java.io.File.pathSeparator
        + Files.readString(target.resolve("classpath.txt")).trim();
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(Arrays.asList(System.getProperty("newsrel.spark.javaOptions").trim().split("\\s+")));
    cmd.addAll(List.of("-Xmx2g", "-Dspark.master=local[2]", "-Dspark.ui.enabled=false",
        "-Dspark.local.dir=" + out.resolve("spark-local"), "-Djava.io.tmpdir=" + target,
        "-cp", cp, "org.newsrel.spark.SparkJob",
        "--in", LocalSpark.goldTexts().toString(), "--out", out.resolve("gold-parquet").toString(),
        "--brat", out.resolve("gold-brat").toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(out.resolve("job.log").toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    long t0 = System.nanoTime();
    Process p = pb.start();
    assertTrue(p.waitFor(15, TimeUnit.MINUTES), "job still running after 15 minutes");
    String log = Files.readString(out.resolve("job.log"), StandardCharsets.UTF_8);
    System.out.printf("ReadmeCommandTest: job JVM ran %.1f s%n", (System.nanoTime() - t0) / 1e9);
    assertEquals(0, p.exitValue(), log);
    assertTrue(log.contains("5 documents: 5 annotated, 0 failed"), log);

    Path cli = LocalSpark.scratch("readme-command-cli");
    LocalSpark.cliAnnotate(LocalSpark.goldTexts(), cli, 0);
    Map<String, String> expected = LocalSpark.files(cli);
    Map<String, String> actual = LocalSpark.files(out.resolve("gold-brat"));
    assertEquals(expected.keySet(), actual.keySet());
    for (String f : expected.keySet()) {
      assertEquals(expected.get(f), actual.get(f), f);
    }
    assertTrue(Files.isRegularFile(out.resolve("gold-parquet").resolve("_SUCCESS")), "Parquet table written");
  }
}
