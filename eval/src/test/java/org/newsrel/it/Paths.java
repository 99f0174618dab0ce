package org.newsrel.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository and the shared data (../shared beside the clone) are. */
final class Paths {

  private Paths() {}

  static Path repo() {
    return Path.of(System.getProperty("newsrel.repo", "..")).toAbsolutePath().normalize();
  }

  static Path shared(String sub) {
    Path p = repo().resolveSibling("shared").resolve(sub);
    assertTrue(Files.isDirectory(p), "missing " + p + ": the shared data must sit beside the clone (../shared)");
    return p;
  }
}
