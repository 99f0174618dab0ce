package org.newsrel.run;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a long run, on stderr: on a terminal ({@code bar}) one line rewritten in
 * place; otherwise ({@code log}) a plain line now and then (see {@link #logDue}); or
 * nothing. Each line says documents done/total, failed, documents and tokens per second
 * and the time left. Thread-safe; fed by the thread that collects finished documents.
 *
 * <p>Why not a progress-bar library (issue 21): the one well-kept Java choice,
 * me.tongfei:progressbar, draws a bar on a terminal but has no counterpart of the
 * {@code log} mode the README promises (a plain line every ~10 s and 5% of the documents,
 * plus a heartbeat, for CI logs and {@code nohup}), counts one quantity where this line
 * shows documents, failures and tokens, and brings JLine (~1 MB) into the CLI; the
 * drawing here is one {@code \r}-rewritten line, so the library would replace ~30 lines
 * and leave the rest.
 */
public final class Progress {

  /** How progress is shown; {@code AUTO} is {@code BAR} when there is a console, else {@code LOG}. */
  public enum Mode {
    AUTO, BAR, LOG, NONE;

    public static Mode parse(String s) throws UsageException {
      try {
        return valueOf(s.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--progress must be auto, bar, log or none, got '" + s + "'");
      }
    }

    Mode resolve(boolean terminal) {
      return this == AUTO ? (terminal ? BAR : LOG) : this;
    }
  }

  /** A log line is due after at least this many seconds and this fraction more of the documents... */
  static final double LOG_MIN_SECONDS = 10;
  static final double LOG_STEP = 0.05;
  /** ... or after this many seconds whatever the progress (a sign of life on very long runs). */
  static final double LOG_HEARTBEAT_SECONDS = 60;
  /** The terminal line is repainted at most this often. */
  static final double BAR_MIN_SECONDS = 0.2;

  private final Mode mode;
  private final PrintStream err;
  private final String label;
  private final int total;
  private final long startNanos;
  private int done;
  private int failed;
  private long tokens;
  private double lastShown = Double.NEGATIVE_INFINITY;
  private int doneAtLastShown;
  private int lastWidth;

  /** {@code total}: documents this run will process; the clock starts now. */
  Progress(Mode mode, PrintStream err, String label, int total) {
    this.mode = mode.resolve(System.console() != null);
    this.err = err;
    this.label = label;
    this.total = total;
    this.startNanos = System.nanoTime();
  }

  /** One document finished: {@code ok} or failed, with its token count. */
  synchronized void documentDone(boolean ok, long documentTokens) {
    done++;
    if (!ok) {
      failed++;
    }
    tokens += documentTokens;
    double now = (System.nanoTime() - startNanos) / 1e9;
    boolean last = done == total;
    switch (mode) {
      case BAR -> {
        if (last || now - lastShown >= BAR_MIN_SECONDS) {
          String line = line(label, done, total, failed, tokens, now);
          err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
          err.flush();
          lastWidth = line.length();
          lastShown = now;
        }
      }
      case LOG -> {
        if (last || logDue(done, doneAtLastShown, total, now - Math.max(0, lastShown))) {
          err.println(line(label, done, total, failed, tokens, now));
          lastShown = now;
          doneAtLastShown = done;
        }
      }
      default -> { }
    }
  }

  /** Ends the terminal line (call once, after the last document). */
  synchronized void close() {
    if (mode == Mode.BAR && lastWidth > 0) {
      err.println();
      lastWidth = 0;
    }
  }

  /**
   * Whether a non-terminal log line is due: at least {@value #LOG_MIN_SECONDS} s since the
   * last line and at least 5% more of the documents done since it, or
   * {@value #LOG_HEARTBEAT_SECONDS} s since the last line. About 20 lines for a run of any
   * size, plus one a minute on very slow runs.
   */
  static boolean logDue(int done, int doneAtLast, int total, double secondsSinceLast) {
    if (secondsSinceLast >= LOG_HEARTBEAT_SECONDS) {
      return true;
    }
    return secondsSinceLast >= LOG_MIN_SECONDS && (done - doneAtLast) >= LOG_STEP * total;
  }

  /**
   * The progress line: {@code annotate 120/924 documents (13%), 2 failed, 1.33 docs/s, 712
   * tokens/s, ETA 10m04s}. Rates over the elapsed time; ETA from the document rate, "?"
   * before the first document.
   */
  static String line(String label, int done, int total, int failed, long tokens, double seconds) {
    double docRate = seconds > 0 ? done / seconds : 0;
    double tokRate = seconds > 0 ? tokens / seconds : 0;
    String eta = done >= total ? "done in " + duration(seconds)
        : docRate > 0 ? "ETA " + duration((total - done) / docRate) : "ETA ?";
    return String.format(Locale.ROOT, "%s %d/%d documents (%d%%), %d failed, %.2f docs/s, %.0f tokens/s, %s",
        label, done, total, total == 0 ? 100 : (int) (100L * done / total), failed, docRate, tokRate, eta);
  }

  /** {@code 42s}, {@code 3m05s}, {@code 2h07m}. */
  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
  }
}
