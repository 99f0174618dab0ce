package org.newsrel.internal;

import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads an annotator's properties under its own {@code name + "."} prefix and rejects the
 * rest (Lucene-factory style), so that a misspelled property fails loudly instead of being
 * ignored. The keys an annotator reads are declared once, in its {@code PROPERTIES}
 * constant (the suffixes after the prefix), which is also what the command line's
 * {@code --prop} check reads (the pipeline package's {@code PipelineProperties}): asking
 * here for a key that is not declared is a bug and throws.
 */
public final class AnnotatorProperties {

  private final String name;
  private final String prefix;
  private final Properties props;
  private final Set<String> declared;

  /**
   * @param name the annotator's name in the pipeline (its property prefix)
   * @param props the pipeline properties
   * @param declared the keys (without the prefix) the annotator reads: its {@code PROPERTIES}
   */
  public AnnotatorProperties(String name, Properties props, Set<String> declared) {
    this.name = name;
    this.prefix = name + ".";
    this.props = props;
    this.declared = Set.copyOf(declared);
  }

  public String get(String key, String defaultValue) {
    if (!declared.contains(key)) {
      throw new IllegalStateException("Annotator " + name + " reads property " + key
          + ", which its PROPERTIES do not declare " + new TreeSet<>(declared));
    }
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
   * Throws if a property under this annotator's prefix is not one it declares. CoreNLP's
   * own {@code customAnnotatorClass.NAME} key does not sit under the prefix and is ignored.
   */
  public void rejectUnknown() {
    Set<String> unknown = new TreeSet<>();
    for (String key : props.stringPropertyNames()) {
      if (key.startsWith(prefix) && !declared.contains(key.substring(prefix.length()))) {
        unknown.add(key);
      }
    }
    if (!unknown.isEmpty()) {
      Set<String> known = new TreeSet<>();
      declared.forEach(k -> known.add(prefix + k));
      throw new IllegalArgumentException("Unknown properties for annotator " + name + ": " + unknown
          + " (known: " + known + ")");
    }
  }

  public String name() {
    return name;
  }
}
