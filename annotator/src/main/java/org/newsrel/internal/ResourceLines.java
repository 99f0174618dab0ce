package org.newsrel.internal;

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

  /** The lines of {@code location}: a file if one exists there, else a classpath resource. */
  public static List<String> read(String annotator, String location) {
    Path path = Path.of(location);
    if (Files.isRegularFile(path)) {
      return file(annotator, path);
    }
    return classpath(annotator, location, "no file or classpath resource " + location);
  }

  /** The lines of a file; an unreadable file is an error naming the annotator and the path. */
  public static List<String> file(String annotator, Path path) {
    try {
      return Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Annotator " + annotator + ": cannot read " + path, e);
    }
  }

  /**
   * The lines of a classpath resource only (a file of the same name is not looked at);
   * {@code ifMissing} is the message after "Annotator NAME: " when there is no such resource.
   */
  public static List<String> classpath(String annotator, String resource, String ifMissing) {
    try (InputStream in = ResourceLines.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("Annotator " + annotator + ": " + ifMissing);
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return r.lines().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Annotator " + annotator + ": cannot read " + resource, e);
    }
  }

  /** The line without its '#' comment, trimmed. */
  public static String stripComment(String line) {
    int hash = line.indexOf('#');
    return (hash >= 0 ? line.substring(0, hash) : line).trim();
  }
}
