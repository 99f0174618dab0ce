package org.newsrel.core;

import java.util.List;
import java.util.Objects;

/**
 * Everything newsrel extracted from one document, as plain records: what the CLI writes
 * as brat and JSON, and what cross-document identity linking reads and rewrites.
 *
 * @param name the document's name (file stem)
 * @param text the exact text the offsets refer to
 * @param entities entity mentions, sorted by offset
 * @param attributions Attribution / Attribution-no-source events
 * @param relations Capture, Kill and other relation events
 * @param tokenCount tokens CoreNLP found (for throughput figures)
 * @param layout the news layout (datelines, bylines, credits, headlines, boilerplate), sorted by offset
 */
public record DocumentLayers(
    String name, String text, List<EntityMention> entities, List<Event> attributions, List<Event> relations,
    int tokenCount, List<LayoutSpan> layout) {

  public DocumentLayers {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    entities = List.copyOf(entities);
    attributions = List.copyOf(attributions);
    relations = List.copyOf(relations);
    layout = List.copyOf(layout);
  }

  /** Layers without a layout (a pipeline or a record that has none). */
  public DocumentLayers(
      String name, String text, List<EntityMention> entities, List<Event> attributions, List<Event> relations,
      int tokenCount) {
    this(name, text, entities, attributions, relations, tokenCount, List.of());
  }

  /** The same document with other entity, attribution and relation layers (ids relinked), its layout kept. */
  public DocumentLayers withLayers(List<EntityMention> entities, List<Event> attributions, List<Event> relations) {
    return new DocumentLayers(name, text, entities, attributions, relations, tokenCount, layout);
  }
}
