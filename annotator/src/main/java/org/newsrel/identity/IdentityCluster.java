package org.newsrel.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsrel.core.DocumentLayers;
import org.newsrel.core.EntityMention;
import org.newsrel.ner.DocumentIdentity;

/**
 * One document's cluster for corpus-wide identity: the mentions sharing a document-level
 * id, reduced to what {@link CrossDocumentIdentity} reads: the id, the type of its first
 * mention, and its mentions' display names ({@link DocumentIdentity#displayName}) once each
 * in first-seen order with how often each occurs. This is the small record a distributed
 * run moves to where documents are linked (no text, spans or events).
 */
public record IdentityCluster(String localId, String type, List<String> names, List<Integer> counts)
    implements java.io.Serializable {

  public IdentityCluster {
    names = List.copyOf(names);
    counts = List.copyOf(counts);
    if (names.isEmpty() || names.size() != counts.size()) {
      throw new IllegalArgumentException("a cluster needs one count per name: " + names + " " + counts);
    }
  }

  /** The clusters of {@code d} (entities with a document-level id), in the order their first mention appears. */
  public static List<IdentityCluster> of(DocumentLayers d) {
    Map<String, String> types = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> names = new LinkedHashMap<>();
    for (EntityMention m : d.entities()) {
      if (m.canonicalId() == null) {
        continue;
      }
      types.putIfAbsent(m.canonicalId(), m.type());
      names.computeIfAbsent(m.canonicalId(), k -> new LinkedHashMap<>())
          .merge(DocumentIdentity.displayName(m), 1, Integer::sum);
    }
    List<IdentityCluster> out = new ArrayList<>(types.size());
    types.forEach((id, type) -> {
      Map<String, Integer> n = names.get(id);
      out.add(new IdentityCluster(id, type, new ArrayList<>(n.keySet()), new ArrayList<>(n.values())));
    });
    return out;
  }

  /** The first name seen. */
  public String firstName() {
    return names.get(0);
  }
}
