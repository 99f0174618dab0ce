package org.newsrel.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.newsrel.brat.BratFormatException;
import org.newsrel.brat.BratWriter;
import org.newsrel.run.TextInputs;

/**
 * Runs one job per input text, on N threads, so that one bad document never sinks the
 * batch: each failure is kept with its reason, listed at the end and in the run
 * manifest ({@code newsrel-run.tsv} in the output folder), and the exit code says that
 * some failed. Outputs are written atomically by the jobs.
 */
public final class Batch {

  /** What one job gives back: a value or the reason it failed. */
  public record Outcome<T>(Path file, String name, T value, String error) {
    public boolean ok() {
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

  /** A document that cannot be processed, with the whole reason (naming its file) as the message. */
  static final class DocumentFailure extends Exception {
    DocumentFailure(String message) {
      super(message);
    }
  }

  /** Work done on one document. */
  public interface Job<T> {
    T run(TextInputs.Input input) throws Exception;
  }

  private Batch() {}

  /** The {@code *.txt} files directly in {@code dir}, sorted by name. */
  public static List<Path> texts(Path dir) throws UsageException {
    if (dir == null || !Files.isDirectory(dir)) {
      throw new UsageException("input folder " + dir + " does not exist or is not a folder");
    }
    try {
      List<Path> files = TextInputs.list(dir);
      if (files.isEmpty()) {
        throw new UsageException("no *.txt files in " + dir);
      }
      return files;
    } catch (IOException e) {
      throw new UsageException("cannot list " + dir + ": " + e.getMessage());
    }
  }

  public static <T> List<Outcome<T>> run(List<Path> files, int threads, Job<T> job, PrintStream log) {
    int[] done = {0};
    return run(files, threads, job, o -> {
      done[0]++;
      if (log != null && (done[0] % 25 == 0 || done[0] == files.size())) {
        log.printf("  %d/%d documents%n", done[0], files.size());
      }
    });
  }

  /**
   * Runs {@code job} on every file; {@code onDone} sees each outcome as soon as its job ends
   * (in completion order, on the calling thread). Returns the outcomes in input order.
   */
  public static <T> List<Outcome<T>> run(List<Path> files, int threads, Job<T> job, Consumer<Outcome<T>> onDone) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CompletionService<Outcome<T>> done = new ExecutorCompletionService<>(pool);
      Map<Future<Outcome<T>>, Integer> index = new HashMap<>();
      for (int i = 0; i < files.size(); i++) {
        Path f = files.get(i);
        index.put(done.submit(() -> runOne(f, job)), i);
      }
      List<Outcome<T>> out = new ArrayList<>(java.util.Collections.nCopies(files.size(), null));
      for (int n = 0; n < files.size(); n++) {
        try {
          Future<Outcome<T>> fu = done.take();
          Outcome<T> o = fu.get();
          out.set(index.remove(fu), o);
          onDone.accept(o);
        } catch (ExecutionException | InterruptedException e) {
          throw new IllegalStateException("batch interrupted", e);
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> Outcome<T> runOne(Path file, Job<T> job) {
    String stem = TextInputs.stem(file);
    try {
      TextInputs.Input in = TextInputs.read(file);
      return new Outcome<>(file, in.name(), job.run(in), null);
    } catch (BratFormatException | DocumentFailure e) {
      return new Outcome<>(file, stem, null, e.getMessage());
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      return new Outcome<>(file, stem, null, file + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /**
   * Writes the run manifest (one line per document: name, ok|failed, reason) and reports
   * failures; returns the exit code: 0 when all succeeded, 1 when some failed.
   */
  public static int finish(Path outDir, List<? extends Outcome<?>> outcomes, PrintStream out, PrintStream err)
      throws IOException {
    outcomes = retireStaleOutputs(outDir, outcomes);
    List<RunManifest.Entry> manifest = new ArrayList<>();
    int failed = 0;
    for (Outcome<?> o : outcomes) {
      manifest.add(new RunManifest.Entry(o.name(), o.error()));
      if (!o.ok()) {
        failed++;
        err.println("error: " + o.error());
      }
    }
    Files.createDirectories(outDir);
    BratWriter.writeAtomically(outDir.resolve(RunManifest.FILE), RunManifest.format(manifest));
    out.printf("%d documents: %d written, %d failed (see %s)%n", outcomes.size(), outcomes.size() - failed, failed,
        outDir.resolve(RunManifest.FILE));
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
