package org.newsrel.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsrel.core.Argument;
import org.newsrel.core.DocumentLayers;
import org.newsrel.core.Event;

/**
 * Corpus-wide identity: one id per real-world entity over a set of documents annotated
 * separately, so that "Gorbachev" in one file and "Gorbachyov" in another share an id.
 *
 * <p>Each document's clusters (mentions sharing a document-level id) are merged across
 * documents when they share a key:
 * <ul>
 *   <li>PERSON: the {@link NameKey} key of a full name (two words or more). A cluster
 *       that has only a bare one-word name joins the corpus cluster whose full name
 *       starts or ends with it only when exactly one such cluster exists
 *       ({@code linkBareNames}); two different people sharing a surname stay apart.
 *   <li>ORGANIZATION: the key of any of its names (an acronym seen with its expansion in
 *       one file links the bare acronym of another).
 *   <li>LOCATION: the key of any of its names without a generic head, aliases resolved; a
 *       seat of government ("at the Kremlin") meets the ORGANIZATION of its name.
 *   <li>GROUP: the same document-level id (set by {@link GroupIdentity}: role, affiliation
 *       and class; or the head phrase of {@link DocumentIdentity#groupName(String)}), not the
 *       names of its members, so bare "soldiers" in two files do not chain different groups
 *       together. A cluster whose id is a bare class word (no affiliation, with or
 *       without a role: "officials", "killed-wounded") stays in its document. Before merging, a GROUP mention with a numeral and no role takes
 *       the id of a mention elsewhere in the corpus with the same numeral and the same id
 *       plus a role ("300 Foo-ian soldiers" reported killed in one file, merely mentioned in
 *       another).
 * </ul>
 * A one-word PERSON cluster that matches no person's name but a place elsewhere in the
 * corpus ("in Foo" tagged PERSON by the CRF once, LOCATION elsewhere) becomes that
 * LOCATION (with {@code linkBareNames}).
 * The merged cluster takes the fullest name over the corpus and its slug as id; event
 * arguments that carried a document-level id are rewritten to the corpus id, and an
 * argument id that is no entity's (a description's own id, a partitive member) gets the
 * document's position as prefix ({@code d002-one-prisoner-1480}) so that equal ids of two
 * documents stay apart. Pure
 * function of its input; thread-safe.
 */
public final class CrossDocumentIdentity {

  /** Prefix of argument ids that belong to no entity, made document-local: {@code d007-one-prisoner-1480}. */
  static final String LOCAL = "d";

  private final DocumentIdentity names;
  private final boolean linkBareNames;

  public CrossDocumentIdentity(EntityLexicon lexicon, boolean linkBareNames) {
    this.names = new DocumentIdentity(lexicon);
    this.linkBareNames = linkBareNames;
  }

  /** Links with the default lexicon and bare-name linking on. */
  public static List<DocumentLayers> link(List<DocumentLayers> docs) {
    return new CrossDocumentIdentity(EntityLexicon.loadDefault(), true).apply(docs);
  }

  /** A document's cluster: the mentions of one document-level id. */
  private record Cluster(int doc, String localId, String type, List<String> names) {}

  public List<DocumentLayers> apply(List<DocumentLayers> input) {
    List<DocumentLayers> docs = adoptRoles(input);
    List<Cluster> clusters = new ArrayList<>();
    Map<String, Integer> indexOf = new HashMap<>();
    for (int d = 0; d < docs.size(); d++) {
      for (EntityMention m : docs.get(d).entities()) {
        if (m.canonicalId() == null) {
          continue;
        }
        String k = d + "\u0000" + m.canonicalId();
        Integer c = indexOf.get(k);
        if (c == null) {
          c = clusters.size();
          indexOf.put(k, c);
          clusters.add(new Cluster(d, m.canonicalId(), m.type(), new ArrayList<>()));
        }
        clusters.get(c).names().add(DocumentIdentity.displayName(m));
      }
    }
    UnionFind sets = new UnionFind(clusters.size());
    Map<String, Integer> byKey = new HashMap<>();
    List<Integer> bare = new ArrayList<>();
    for (int i = 0; i < clusters.size(); i++) {
      Set<String> keys = keys(clusters.get(i));
      if (keys.isEmpty()) {
        bare.add(i);
      }
      for (String key : keys) {
        Integer first = byKey.putIfAbsent(key, i);
        if (first != null) {
          sets.union(i, first);
        }
      }
    }
    String[] retype = new String[clusters.size()];
    if (linkBareNames) {
      linkBare(clusters, sets, bare, byKey, retype);
    }
    return rewrite(docs, clusters, sets, indexOf, retype);
  }

  private Set<String> keys(Cluster c) {
    Set<String> keys = new HashSet<>();
    for (String name : c.names()) {
      switch (c.type()) {
        case "PERSON" -> {
          if (NameKey.words(name).size() >= 2) {
            keys.add("P:" + NameKey.key(name));
          }
        }
        case "LOCATION" -> keys.add(names.isSeatOfGovernment(name) ? "ORGANIZATION:" + NameKey.key(name)
            : "L:" + NameKey.key(names.locationName(name)));
        case "GROUP" -> keys.add("G:" + (isBareGroup(c) ? c.doc() + ":" : "") + c.localId().replaceAll("-\\d+$", ""));
        default -> keys.add(c.type() + ":" + NameKey.key(name));
      }
    }
    return keys;
  }

  /**
   * A GROUP cluster without affiliation: its id is a bare class word ("officials",
   * "troops"), possibly after a role ("killed-wounded": "their wounded" of one army in one
   * file and of another in the next), as {@link GroupIdentity} gives such groups.
   */
  private static boolean isBareGroup(Cluster c) {
    String role = rolePrefix(c.localId());
    String rest = role == null ? c.localId() : c.localId().substring(role.length() + 1);
    return !rest.replaceAll("-\\d+$", "").contains("-");
  }

  /** The role ("captured", "killed") a GROUP id starts with, or null. */
  private static String rolePrefix(String id) {
    for (String role : List.of(GroupIdentity.CAPTURED, GroupIdentity.KILLED)) {
      if (id.startsWith(role + "-")) {
        return role;
      }
    }
    return null;
  }

  /**
   * GROUP mentions with a numeral and a role-less id take the role id of a mention with the
   * same numeral elsewhere in the corpus (event arguments on them follow).
   */
  private static List<DocumentLayers> adoptRoles(List<DocumentLayers> docs) {
    Map<String, EntityMention> withRole = new HashMap<>();
    for (DocumentLayers d : docs) {
      for (EntityMention m : d.entities()) {
        String numeral = groupNumeral(m);
        String role = m.canonicalId() == null ? null : rolePrefix(m.canonicalId());
        if (numeral != null && role != null) {
          withRole.putIfAbsent(numeral + "\u0000" + m.canonicalId().substring(role.length() + 1), m);
        }
      }
    }
    if (withRole.isEmpty()) {
      return docs;
    }
    List<DocumentLayers> out = new ArrayList<>();
    for (DocumentLayers d : docs) {
      List<EntityMention> entities = new ArrayList<>();
      List<EntityMention> changed = new ArrayList<>();
      for (EntityMention m : d.entities()) {
        String numeral = groupNumeral(m);
        EntityMention target = numeral == null || rolePrefix(m.canonicalId()) != null ? null
            : withRole.get(numeral + "\u0000" + m.canonicalId());
        if (target != null) {
          changed.add(m);
          m = m.withIdentity(target.canonicalId(), target.canonicalName());
        }
        entities.add(m);
      }
      if (changed.isEmpty()) {
        out.add(d);
        continue;
      }
      out.add(d.withLayers(entities, followEntities(d.attributions(), changed, entities),
          followEntities(d.relations(), changed, entities)));
    }
    return out;
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
            EntityMention now = entities.stream().filter(x -> x.span().equals(old.span()) && x.type().equals("GROUP"))
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
    if (!m.type().equals("GROUP") || m.canonicalId() == null) {
      return null;
    }
    return GroupIdentity.numeral(NameKey.words(DocumentIdentity.displayName(m)));
  }

  /**
   * Links each bare one-word PERSON cluster (see the class comment). The full names are
   * indexed once by their first and last word, and the bare clusters by their word, so the
   * pass grows with the number of clusters, not with its square (the first version compared
   * every bare cluster with every cluster: 73.5 s on 924 documents, 16 s on 300).
   */
  private void linkBare(List<Cluster> clusters, UnionFind sets, List<Integer> bare, Map<String, Integer> byKey,
      String[] retype) {
    Map<String, List<Integer>> fullNamesByEndWord = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      Cluster c = clusters.get(i);
      if (!c.type().equals("PERSON")) {
        continue;
      }
      for (String name : c.names()) {
        List<String> w = NameKey.wordKeys(name);
        if (w.size() >= 2) {
          fullNamesByEndWord.computeIfAbsent(w.get(0), k -> new ArrayList<>()).add(i);
          fullNamesByEndWord.computeIfAbsent(w.get(w.size() - 1), k -> new ArrayList<>()).add(i);
        }
      }
    }
    Map<String, List<Integer>> bareByKey = new HashMap<>();
    for (int b : bare) {
      bareByKey.computeIfAbsent(NameKey.key(clusters.get(b).names().get(0)), k -> new ArrayList<>()).add(b);
    }
    for (int b : bare) {
      String key = NameKey.key(clusters.get(b).names().get(0));
      Integer place = byKey.get("L:" + NameKey.key(names.locationName(clusters.get(b).names().get(0))));
      Set<Integer> roots = new HashSet<>();
      for (int i : fullNamesByEndWord.getOrDefault(key, List.of())) {
        if (i != b) {
          roots.add(sets.find(i));
        }
      }
      if (roots.isEmpty() && place != null) {
        sets.union(b, place);
        retype[b] = "LOCATION";
      } else if (roots.size() == 1) {
        sets.union(b, roots.iterator().next());
      } else if (roots.isEmpty()) {
        for (int other : bareByKey.get(key)) {
          if (other != b) {
            sets.union(b, other);
          }
        }
      }
    }
  }

  private List<DocumentLayers> rewrite(List<DocumentLayers> docs, List<Cluster> clusters, UnionFind sets,
      Map<String, Integer> indexOf, String[] retype) {
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
    }
    String[] ids = new String[clusters.size()];
    String[] display = new String[clusters.size()];
    Set<String> used = new HashSet<>();
    for (List<Integer> members : groups.values()) {
      List<String> all = new ArrayList<>();
      members.forEach(i -> all.addAll(clusters.get(i).names()));
      String type = members.stream().map(clusters::get).map(Cluster::type).filter(t -> !t.equals("PERSON"))
          .findFirst().orElse(clusters.get(members.get(0)).type());
      String name = type.equals("LOCATION") ? DocumentIdentity.commonestName(all) : DocumentIdentity.canonicalName(all);
      if (type.equals("LOCATION")) {
        name = names.locationAlias(name);
      }
      String base = type.equals("GROUP") ? names.groupName(name) : NameKey.slug(name);
      String role = type.equals("GROUP") ? rolePrefix(clusters.get(members.get(0)).localId()) : null;
      if (role != null && !base.startsWith(role + "-")) {
        base = role + "-" + base;
      }
      String id = base;
      for (int k = 2; !used.add(id); k++) {
        id = base + "-" + k;
      }
      for (int i : members) {
        ids[i] = id;
        display[i] = name;
      }
    }
    List<DocumentLayers> out = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      DocumentLayers doc = docs.get(d);
      final int di = d;
      List<EntityMention> entities = doc.entities().stream().map(m -> {
        Integer c = m.canonicalId() == null ? null : indexOf.get(di + "\u0000" + m.canonicalId());
        if (c == null) {
          return m;
        }
        EntityMention typed = retype[c] == null ? m
            : new EntityMention(m.span(), retype[c], null, null, m.confidence(), m.rule() + "+corpus-retype");
        return typed.withIdentity(ids[c], display[c]);
      }).toList();
      out.add(doc.withLayers(entities,
          rewriteEvents(doc.attributions(), di, indexOf, ids, display),
          rewriteEvents(doc.relations(), di, indexOf, ids, display)));
    }
    return out;
  }

  private static List<Event> rewriteEvents(List<Event> events, int doc, Map<String, Integer> indexOf, String[] ids,
      String[] display) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      List<Argument> args = new ArrayList<>();
      for (Argument a : e.arguments()) {
        Integer c = a.canonicalId() == null ? null : indexOf.get(doc + "\u0000" + a.canonicalId());
        if (c != null) {
          args.add(a.withIdentity(ids[c], display[c]));
        } else if (a.canonicalId() != null && !a.canonicalId().matches(LOCAL + "[0-9]{3}-.*")) {
          // an id of no entity (a description's own id, a partitive member): kept in its document
          args.add(a.withIdentity(String.format(java.util.Locale.ROOT, LOCAL + "%03d-%s", doc, a.canonicalId()),
              a.canonicalName()));
        } else {
          args.add(a);
        }
      }
      out.add(new Event(e.type(), e.trigger(), args, e.attributes(), e.confidence(), e.rule()));
    }
    return out;
  }


}
