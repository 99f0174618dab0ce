package org.newsrel.run;

/** Bad command line or unusable input: the CLI prints the message and exits with 2. */
public final class UsageException extends Exception {
  public UsageException(String message) {
    super(message);
  }
}
