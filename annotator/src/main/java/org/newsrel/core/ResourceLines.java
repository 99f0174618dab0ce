package org.newsrel.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a rule file or word list from a file path if one exists there, else from the
 * classpath; errors name the annotator and the location.
 */
public final class ResourceLines {

  private ResourceLines() {}

  public static List<String> read(String annotator, String location) {
    try {
      Path path = Path.of(location);
      if (Files.isRegularFile(path)) {
        return Files.readAllLines(path, StandardCharsets.UTF_8);
      }
      InputStream in = ResourceLines.class.getClassLoader().getResourceAsStream(location);
      if (in == null) {
        throw new IllegalArgumentException(
            "Annotator " + annotator + ": no file or classpath resource " + location);
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return r.lines().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Annotator " + annotator + ": cannot read " + location, e);
    }
  }

  /** The line without its '#' comment, trimmed. */
  public static String stripComment(String line) {
    int hash = line.indexOf('#');
    return (hash >= 0 ? line.substring(0, hash) : line).trim();
  }
}
