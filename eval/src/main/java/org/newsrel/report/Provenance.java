package org.newsrel.report;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import javax.json.Json;
import javax.json.JsonException;
import javax.json.JsonNumber;
import javax.json.JsonObject;
import javax.json.JsonReader;
import javax.json.JsonValue;

/**
 * The rule and confidence newsrel wrote for each entity and event, read from the
 * {@code NAME.json} it writes beside each {@code NAME.ann} ({@code entities[]} with
 * {@code type}, {@code begin}, {@code end}; {@code attributions[]} and {@code relations[]}
 * with {@code type} and {@code trigger.begin/end}; each with {@code rule} and
 * {@code confidence}). Outside systems write only .ann: their provenance is empty. The HTML
 * report shows it on hover; nothing is scored from it.
 *
 * @param documents document name → annotation key ({@link #entityKey}, {@link #eventKey}) → detail
 */
public record Provenance(Map<String, Map<String, Detail>> documents) {

  /** What the system said about one annotation. */
  public record Detail(String rule, OptionalDouble confidence) {
    public Detail {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(confidence, "confidence");
    }
  }

  public static final Provenance NONE = new Provenance(Map.of());

  public Provenance {
    Map<String, Map<String, Detail>> copy = new LinkedHashMap<>();
    documents.forEach((d, m) -> copy.put(d, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
    documents = Collections.unmodifiableMap(copy);
  }

  public static String entityKey(String type, int begin, int end) {
    return "T " + type + " " + begin + " " + end;
  }

  public static String eventKey(String type, int triggerBegin, int triggerEnd) {
    return "E " + type + " " + triggerBegin + " " + triggerEnd;
  }

  public Optional<Detail> get(String document, String key) {
    return Optional.ofNullable(documents.getOrDefault(document, Map.of()).get(key));
  }

  /**
   * Reads {@code DIR/NAME.json} for each name where the file exists. A file that cannot be
   * read or is not newsrel's JSON adds a warning to {@code notes} and is skipped: the
   * scores never depend on it.
   */
  public static Provenance read(Path dir, Collection<String> names, List<String> notes) {
    Map<String, Map<String, Detail>> out = new LinkedHashMap<>();
    for (String name : names) {
      Path file = dir.resolve(name + ".json");
      if (!Files.isRegularFile(file)) {
        continue;
      }
      try {
        out.put(name, parse(Files.readString(file, StandardCharsets.UTF_8)));
      } catch (IOException | JsonException | ClassCastException | NullPointerException e) {
        notes.add("warning: " + file + " is not readable newsrel JSON (" + e.getMessage()
            + "); rules and confidences of " + name + " are not shown");
      }
    }
    return new Provenance(out);
  }

  /** One NAME.json's details. */
  static Map<String, Detail> parse(String json) {
    JsonObject root;
    try (JsonReader r = Json.createReader(new StringReader(json))) {
      root = r.readObject();
    }
    Map<String, Detail> out = new LinkedHashMap<>();
    for (JsonValue v : root.getJsonArray("entities")) {
      JsonObject e = v.asJsonObject();
      out.put(entityKey(e.getString("type"), e.getInt("begin"), e.getInt("end")), detail(e));
    }
    for (String layer : List.of("attributions", "relations")) {
      if (!root.containsKey(layer)) {
        continue;
      }
      for (JsonValue v : root.getJsonArray(layer)) {
        JsonObject e = v.asJsonObject();
        JsonObject t = e.getJsonObject("trigger");
        out.put(eventKey(e.getString("type"), t.getInt("begin"), t.getInt("end")), detail(e));
      }
    }
    return out;
  }

  private static Detail detail(JsonObject o) {
    String rule = o.containsKey("rule") && !o.isNull("rule") ? o.getString("rule") : "";
    JsonValue c = o.get("confidence");
    OptionalDouble confidence = c instanceof JsonNumber n ? OptionalDouble.of(n.doubleValue()) : OptionalDouble.empty();
    return new Detail(rule, confidence);
  }
}
