package org.newsrel.validate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The annotation scheme as data (classpath {@code org/newsrel/validate/scheme.tsv}):
 * entity labels and, per event type, its roles and its required attribute.
 */
public record Scheme(Set<String> entityLabels, Map<String, EventType> eventTypes) {

  /** An event type: its roles (required or optional) and the attribute it must carry. */
  public record EventType(String name, Map<String, Boolean> rolesRequired, String attribute, Set<String> values) {}

  public static final String RESOURCE = "org/newsrel/validate/scheme.tsv";

  public Scheme {
    entityLabels = Set.copyOf(entityLabels);
    eventTypes = Map.copyOf(eventTypes);
  }

  /** Every label a text-bound annotation may carry. */
  public Set<String> textBoundLabels() {
    Set<String> all = new LinkedHashSet<>(entityLabels);
    for (EventType t : eventTypes.values()) {
      all.add(t.name());
      all.addAll(t.rolesRequired().keySet());
    }
    return all;
  }

  public static Scheme load() {
    try (InputStream in = Scheme.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Scheme parse(List<String> lines) {
    Set<String> entities = new LinkedHashSet<>();
    Map<String, EventType> events = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      String where = RESOURCE + ":" + (i + 1) + ": ";
      if (c[0].equals("entity") && c.length == 2) {
        entities.add(c[1]);
      } else if (c[0].equals("event") && c.length == 4) {
        Map<String, Boolean> roles = new LinkedHashMap<>();
        for (String r : c[2].split(",")) {
          roles.put(r.replace("?", ""), !r.endsWith("?"));
        }
        String[] attr = c[3].split("=", 2);
        if (attr.length != 2) {
          throw new IllegalStateException(where + "attribute must be NAME=V1|V2");
        }
        events.put(c[1], new EventType(c[1], roles, attr[0], new LinkedHashSet<>(List.of(attr[1].split("\\|")))));
      } else {
        throw new IllegalStateException(where + "expected 'entity LABEL' or 'event TYPE ROLES ATTR=VALUES'");
      }
    }
    return new Scheme(entities, events);
  }
}
