package org.newsrel.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.newsrel.brat.BratFormatException;
import org.newsrel.brat.BratWriter;
import org.newsrel.brat.TextFiles;

/**
 * Runs one job per input text, on N threads, so that one bad document never sinks the
 * batch: each failure is kept with its reason, listed at the end and in the run
 * manifest ({@code newsrel-run.tsv} in the output folder), and the exit code says that
 * some failed. Outputs are written atomically by the jobs.
 */
final class Batch {

  /** A document's text as read, named by its file stem. */
  record Input(String name, Path file, String text) {}

  /** What one job gives back: a value or the reason it failed. */
  record Outcome<T>(Path file, String name, T value, String error) {
    boolean ok() {
      return error == null;
    }

    /** This document, failed with {@code reason} (e.g. when writing its output failed). */
    Outcome<T> failed(String reason) {
      return new Outcome<>(file, name, null, reason);
    }
  }

  /**
   * Output files a run writes per document, other than the {@code NAME.txt} copy (which
   * may be the input itself when --out is --in, so it is never touched).
   */
  static final List<String> OUTPUT_SUFFIXES = List.of(".ann", ".json");

  /** Work done on one document. */
  interface Job<T> {
    T run(Input input) throws Exception;
  }

  private Batch() {}

  /** The {@code *.txt} files directly in {@code dir}, sorted by name. */
  static List<Path> texts(Path dir) throws UsageException {
    if (dir == null || !Files.isDirectory(dir)) {
      throw new UsageException("input folder " + dir + " does not exist or is not a folder");
    }
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> files = s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
          .sorted().toList();
      if (files.isEmpty()) {
        throw new UsageException("no *.txt files in " + dir);
      }
      return files;
    } catch (IOException e) {
      throw new UsageException("cannot list " + dir + ": " + e.getMessage());
    }
  }

  /**
   * Reads a text to annotate: strict UTF-8; a leading byte-order mark is dropped (offsets
   * then refer to the text without it, which is what the output .txt holds); NUL bytes
   * mean the file is not text.
   */
  static Input read(Path file) throws BratFormatException {
    String text = TextFiles.readUtf8(file);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int nul = text.indexOf('\u0000');
    if (nul >= 0) {
      throw new BratFormatException(file, 0, "binary content: NUL character at offset " + nul + "; not a text file");
    }
    String name = file.getFileName().toString();
    return new Input(name.substring(0, name.length() - ".txt".length()), file, text);
  }

  static <T> List<Outcome<T>> run(List<Path> files, int threads, Job<T> job, PrintStream log) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Outcome<T>>> futures = new ArrayList<>();
      for (Path f : files) {
        futures.add(pool.submit(() -> runOne(f, job)));
      }
      List<Outcome<T>> out = new ArrayList<>();
      int done = 0;
      for (Future<Outcome<T>> fu : futures) {
        try {
          out.add(fu.get());
        } catch (ExecutionException | InterruptedException e) {
          throw new IllegalStateException("batch interrupted", e);
        }
        done++;
        if (log != null && (done % 25 == 0 || done == files.size())) {
          log.printf("  %d/%d documents%n", done, files.size());
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> Outcome<T> runOne(Path file, Job<T> job) {
    String stem = file.getFileName().toString().replaceFirst("\\.txt$", "");
    try {
      Input in = read(file);
      return new Outcome<>(file, in.name(), job.run(in), null);
    } catch (BratFormatException e) {
      return new Outcome<>(file, stem, null, e.getMessage());
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      return new Outcome<>(file, stem, null, file + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /**
   * Writes the run manifest (one line per document: name, ok|failed, reason) and reports
   * failures; returns the exit code: 0 when all succeeded, 1 when some failed.
   */
  static int finish(Path outDir, List<? extends Outcome<?>> outcomes, PrintStream out, PrintStream err)
      throws IOException {
    outcomes = retireStaleOutputs(outDir, outcomes);
    StringBuilder manifest = new StringBuilder("# document\tstatus\treason\n");
    int failed = 0;
    for (Outcome<?> o : outcomes) {
      manifest.append(o.name()).append('\t').append(o.ok() ? "ok" : "failed").append('\t')
          .append(o.ok() ? "" : o.error().replace('\t', ' ').replace('\n', ' ')).append('\n');
      if (!o.ok()) {
        failed++;
        err.println("error: " + o.error());
      }
    }
    Files.createDirectories(outDir);
    BratWriter.writeAtomically(outDir.resolve("newsrel-run.tsv"), manifest.toString());
    out.printf("%d documents: %d written, %d failed (see %s)%n", outcomes.size(), outcomes.size() - failed, failed,
        outDir.resolve("newsrel-run.tsv"));
    return failed == 0 ? 0 : 1;
  }

  /**
   * A document that failed in this run must not keep an output file from an earlier run
   * that looks like this run's result: its {@code NAME.ann} / {@code NAME.json} in the
   * output folder are renamed to {@code NAME.ann.stale} / {@code NAME.json.stale} (kept,
   * not deleted: --out may be a folder of hand-made files), and the failure reason says so.
   */
  static List<Outcome<?>> retireStaleOutputs(Path outDir, List<? extends Outcome<?>> outcomes) throws IOException {
    List<Outcome<?>> result = new ArrayList<>();
    for (Outcome<?> o : outcomes) {
      if (o.ok() || outDir == null || !Files.isDirectory(outDir)) {
        result.add(o);
        continue;
      }
      List<String> moved = new ArrayList<>();
      for (String suffix : OUTPUT_SUFFIXES) {
        Path old = outDir.resolve(o.name() + suffix);
        if (Files.isRegularFile(old)) {
          Files.move(old, old.resolveSibling(old.getFileName() + ".stale"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          moved.add(o.name() + suffix);
        }
      }
      result.add(moved.isEmpty() ? o
          : o.failed(o.error() + " (output of an earlier run, " + String.join(", ", moved) + ", renamed to *.stale)"));
    }
    return result;
  }
}
