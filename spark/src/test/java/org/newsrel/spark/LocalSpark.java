package org.newsrel.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.newsrel.cli.Main;
import org.newsrel.run.TextInputs;

/**
 * The Spark session of the test JVM ({@code local[2]}, bound to loopback, UI off, scratch and
 * warehouse under {@code target/}), built once and shared by every test class, as the
 * newsrel pipeline is ({@link ExecutorPipeline} uses the JVM's shared one). Also the test
 * data and the CLI run the Spark output is compared with.
 */
final class LocalSpark {

  private LocalSpark() {}

  private static final class Holder {
    static final SparkSession SESSION = SparkSession.builder()
        .master("local[2]")
        .appName("newsrel-spark-tests")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.local.dir", scratch("spark-local").toString())
        .config("spark.sql.warehouse.dir", scratch("spark-warehouse").toString())
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }

  static SparkSession session() {
    return Holder.SESSION;
  }

  /** The module's build folder (target/), where every test writes. */
  static Path target() {
    return Path.of(System.getProperty("newsrel.spark.target", "target")).toAbsolutePath();
  }

  /** A fresh, empty folder under target/spark-tests/. */
  static Path scratch(String name) {
    Path p = target().resolve("spark-tests").resolve(name);
    delete(p);
    try {
      return Files.createDirectories(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes {@code p} and everything in it, if it exists. */
  static void delete(Path p) {
    try {
      if (Files.exists(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(f);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path repo() {
    return Path.of(System.getProperty("newsrel.repo", "..")).toAbsolutePath().normalize();
  }

  static Path goldTexts() {
    return repo().resolve("gold").resolve("corpus");
  }

  /** PolNeAR dev texts (../shared/data beside the clone). */
  static Path polnearDev() {
    return repo().resolveSibling("shared").resolve("data").resolve("polnear-dev").resolve("text");
  }

  /** {@code newsrel annotate --in in --out out} in this JVM (the shared pipeline); fails unless the exit code is {@code expected}. */
  static void cliAnnotate(Path in, Path out, int expected) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"annotate", "--in", in.toString(), "--out", out.toString(), "--threads", "2"},
        new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
    if (code != expected) {
      throw new AssertionError("annotate exit code " + code + ", expected " + expected + "\n"
          + o.toString(StandardCharsets.UTF_8) + e.toString(StandardCharsets.UTF_8));
    }
  }

  /** Every file under {@code dir} but the CLI's resume records: relative path -> content. */
  static Map<String, String> files(Path dir) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        String rel = dir.relativize(f).toString();
        if (!rel.startsWith(".newsrel-records")) {
          m.put(rel, Files.readString(f, StandardCharsets.UTF_8));
        }
      }
    }
    return m;
  }

  /** Copies the {@code *.txt} files of {@code from} into {@code to}. */
  static List<Path> copyTexts(Path from, Path to) throws IOException {
    List<Path> copied = new ArrayList<>();
    for (Path f : org.newsrel.run.TextInputs.list(from)) {
      copied.add(Files.copy(f, to.resolve(f.getFileName())));
    }
    return copied;
  }
}
