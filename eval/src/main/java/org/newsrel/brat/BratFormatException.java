package org.newsrel.brat;

import java.nio.file.Path;

/**
 * Unusable brat input. The message always names the file and, where there is one, the
 * 1-based line: {@code gold/x.ann:17: offset 4801 is past the end of the text (4615 chars)}.
 */
public final class BratFormatException extends Exception {

  private final String file;
  private final int line;

  public BratFormatException(String file, int line, String message) {
    super(file + (line > 0 ? ":" + line : "") + ": " + message);
    this.file = file;
    this.line = line;
  }

  public BratFormatException(Path file, int line, String message) {
    this(file.toString(), line, message);
  }

  public String file() {
    return file;
  }

  /** 1-based line, or 0 where the problem is with the file as a whole. */
  public int line() {
    return line;
  }
}
