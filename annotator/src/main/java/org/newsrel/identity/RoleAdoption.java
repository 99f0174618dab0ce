package org.newsrel.identity;

import static org.newsrel.core.EntityTypes.GROUP;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsrel.core.Argument;
import org.newsrel.core.DocumentLayers;
import org.newsrel.core.EntityMention;
import org.newsrel.core.Event;
import org.newsrel.ner.DocumentIdentity;
import org.newsrel.ner.NameKey;

/**
 * The first step of corpus-wide identity: a GROUP mention with a numeral and a role-less
 * id takes the role id of a mention with the same numeral and the same id plus a role
 * elsewhere in the corpus ("300 Foo-ian soldiers" reported killed in one file, merely
 * mentioned in another); event arguments on it follow. The first such mention in corpus
 * order gives the id: {@link #targets} of each document, merged in document order (the
 * first document's entry for a key wins), then {@link #adopt} per document.
 */
public final class RoleAdoption {

  /** The id and display name a role-less GROUP mention adopts. */
  public record Target(String canonicalId, String canonicalName) implements java.io.Serializable {}

  private RoleAdoption() {}

  /** This document's targets by key (numeral and role-less id), its first mention's per key, in mention order. */
  public static Map<String, Target> targets(DocumentLayers d) {
    Map<String, Target> out = new LinkedHashMap<>();
    for (EntityMention m : d.entities()) {
      String numeral = groupNumeral(m);
      String role = m.canonicalId() == null ? null : CrossDocumentIdentity.rolePrefix(m.canonicalId());
      if (numeral != null && role != null) {
        out.putIfAbsent(numeral + "\u0000" + m.canonicalId().substring(role.length() + 1),
            new Target(m.canonicalId(), m.canonicalName()));
      }
    }
    return out;
  }

  /** The corpus's targets: {@link #targets} of each document in corpus order, the first per key kept. */
  public static Map<String, Target> targets(List<DocumentLayers> docs) {
    Map<String, Target> out = new LinkedHashMap<>();
    for (DocumentLayers d : docs) {
      targets(d).forEach(out::putIfAbsent);
    }
    return out;
  }

  /** {@code d} with the corpus's {@code targets} adopted ({@code d} itself when none applies). */
  public static DocumentLayers adopt(DocumentLayers d, Map<String, Target> targets) {
    if (targets.isEmpty()) {
      return d;
    }
    List<EntityMention> entities = new ArrayList<>();
    List<EntityMention> changed = new ArrayList<>();
    for (EntityMention m : d.entities()) {
      String numeral = groupNumeral(m);
      Target target = numeral == null || CrossDocumentIdentity.rolePrefix(m.canonicalId()) != null ? null
          : targets.get(numeral + "\u0000" + m.canonicalId());
      if (target != null) {
        changed.add(m);
        m = m.withIdentity(target.canonicalId(), target.canonicalName());
      }
      entities.add(m);
    }
    if (changed.isEmpty()) {
      return d;
    }
    return d.withLayers(entities, followEntities(d.attributions(), changed, entities),
        followEntities(d.relations(), changed, entities));
  }

  /** Arguments that carried the old id of a changed mention inside their span take its new id. */
  private static List<Event> followEntities(List<Event> events, List<EntityMention> changed,
      List<EntityMention> entities) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      List<Argument> args = new ArrayList<>();
      for (Argument a : e.arguments()) {
        Argument next = a;
        for (EntityMention old : changed) {
          if (old.canonicalId().equals(a.canonicalId()) && a.begin() <= old.span().begin()
              && old.span().end() <= a.end()) {
            EntityMention now = entities.stream().filter(x -> x.span().equals(old.span()) && x.type().equals(GROUP))
                .findFirst().orElse(old);
            next = a.withIdentity(now.canonicalId(), now.canonicalName());
          }
        }
        args.add(next);
      }
      out.add(new Event(e.type(), e.trigger(), args, e.attributes(), e.confidence(), e.rule()));
    }
    return out;
  }

  private static String groupNumeral(EntityMention m) {
    if (!m.type().equals(GROUP) || m.canonicalId() == null) {
      return null;
    }
    return GroupIdentity.numeral(NameKey.words(DocumentIdentity.displayName(m)));
  }
}
