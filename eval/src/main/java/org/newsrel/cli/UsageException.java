package org.newsrel.cli;

/** Bad command line or unusable input: the CLI prints the message and exits with 2. */
final class UsageException extends Exception {
  UsageException(String message) {
    super(message);
  }
}
