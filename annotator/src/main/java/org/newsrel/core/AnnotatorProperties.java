package org.newsrel.core;

import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads an annotator's properties under its own {@code name + "."} prefix, remembers
 * which keys were asked for, and rejects the rest (Lucene-factory style), so that a
 * misspelled property fails loudly instead of being ignored.
 */
public final class AnnotatorProperties {

  private final String name;
  private final String prefix;
  private final Properties props;
  private final Set<String> known = new TreeSet<>();

  public AnnotatorProperties(String name, Properties props) {
    this.name = name;
    this.prefix = name + ".";
    this.props = props;
  }

  public String get(String key, String defaultValue) {
    known.add(prefix + key);
    return props.getProperty(prefix + key, defaultValue);
  }

  public boolean getBoolean(String key, boolean defaultValue) {
    String v = get(key, null);
    if (v == null) {
      return defaultValue;
    }
    if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
      throw new IllegalArgumentException(
          "Annotator " + name + ": property " + prefix + key + " must be true or false, got '" + v + "'");
    }
    return Boolean.parseBoolean(v);
  }

  public double getDouble(String key, double defaultValue) {
    String v = get(key, null);
    if (v == null) {
      return defaultValue;
    }
    try {
      return Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Annotator " + name + ": property " + prefix + key + " must be a number, got '" + v + "'", e);
    }
  }

  /**
   * Throws if a property under this annotator's prefix was never asked for. Call it at
   * the end of the constructor, after every {@code get}. CoreNLP's own
   * {@code customAnnotatorClass.NAME} key does not sit under the prefix and is ignored.
   */
  public void rejectUnknown() {
    Set<String> unknown = new TreeSet<>();
    for (String key : props.stringPropertyNames()) {
      if (key.startsWith(prefix) && !known.contains(key)) {
        unknown.add(key);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("Unknown properties for annotator " + name + ": " + unknown
          + " (known: " + known + ")");
    }
  }

  public String name() {
    return name;
  }
}
