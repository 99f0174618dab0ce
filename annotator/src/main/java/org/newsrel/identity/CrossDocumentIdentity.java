package org.newsrel.identity;

import static org.newsrel.core.EntityTypes.GROUP;
import static org.newsrel.core.EntityTypes.LOCATION;
import static org.newsrel.core.EntityTypes.PERSON;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.newsrel.core.Argument;
import org.newsrel.core.DocumentLayers;
import org.newsrel.core.EntityMention;
import org.newsrel.core.Event;
import org.newsrel.ner.DocumentIdentity;
import org.newsrel.ner.EntityAnnotator;
import org.newsrel.ner.EntityLexicon;
import org.newsrel.ner.NameKey;
import org.newsrel.ner.UnionFind;

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

  /**
   * The linker for the documents of a pipeline built from {@code props}: it reads names with the
   * lexicon that pipeline's entity annotator was configured with, so the cross-document pass
   * agrees with the document pass. That is {@code NAME.lexicon} of the annotator registered as
   * {@code customAnnotatorClass.NAME = org.newsrel.ner.EntityAnnotator} (the default lexicon
   * when the property is not set, or when no such annotator is registered); bare-name linking
   * on, as {@link #link}. A lexicon that cannot be read is an error naming the annotator and the
   * file, as when the pipeline loads it.
   */
  public static CrossDocumentIdentity forPipeline(Properties props) {
    String prefix = "customAnnotatorClass.";
    for (String key : new TreeSet<>(props.stringPropertyNames())) {
      if (key.startsWith(prefix) && EntityAnnotator.class.getName().equals(props.getProperty(key).trim())) {
        String name = key.substring(prefix.length());
        String location = props.getProperty(name + ".lexicon", EntityLexicon.DEFAULT_RESOURCE).trim();
        return new CrossDocumentIdentity(EntityLexicon.load(name, location), true);
      }
    }
    return new CrossDocumentIdentity(EntityLexicon.loadDefault(), true);
  }

  /** A component's display name and the id it is named by before {@link #uniqueId} (its slug, or a group's name). */
  public record ComponentName(String name, String base) {}

  /**
   * The documents linked: {@link RoleAdoption}, then each document's {@link IdentityCluster}s,
   * {@link #linkClusters linked} over the corpus, then each document {@link #rewrite rewritten}.
   */
  public List<DocumentLayers> apply(List<DocumentLayers> input) {
    Map<String, RoleAdoption.Target> targets = RoleAdoption.targets(input);
    List<DocumentLayers> docs = input.stream().map(d -> RoleAdoption.adopt(d, targets)).toList();
    List<List<IdentityCluster>> clusters = docs.stream().map(IdentityCluster::of).toList();
    List<List<ClusterIdentity>> ids = linkClusters(clusters);
    List<DocumentLayers> out = new ArrayList<>(docs.size());
    for (int d = 0; d < docs.size(); d++) {
      out.add(rewrite(d, docs.get(d), byLocalId(clusters.get(d), ids.get(d))));
    }
    return out;
  }

  /** The identities of one document's clusters by their document-level id. */
  public static Map<String, ClusterIdentity> byLocalId(List<IdentityCluster> clusters, List<ClusterIdentity> ids) {
    Map<String, ClusterIdentity> m = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      m.put(clusters.get(i).localId(), ids.get(i));
    }
    return m;
  }

  /**
   * Corpus-wide linking of the clusters of every document (after {@link RoleAdoption}), in
   * corpus order: the identity of each cluster, in the same nesting. Clusters sharing a
   * {@link #keys key} are merged, then the bare one-word PERSON clusters are linked (see the
   * class comment), then each merged set is named ({@link #componentName}) and given an id
   * unused by the sets before it ({@link #uniqueId}), sets taken in the order of their first
   * cluster.
   */
  public List<List<ClusterIdentity>> linkClusters(List<List<IdentityCluster>> docs) {
    List<IdentityCluster> clusters = new ArrayList<>();
    List<Integer> docOf = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      for (IdentityCluster c : docs.get(d)) {
        clusters.add(c);
        docOf.add(d);
      }
    }
    UnionFind sets = new UnionFind(clusters.size());
    Map<String, Integer> byKey = new HashMap<>();
    List<Integer> bare = new ArrayList<>();
    for (int i = 0; i < clusters.size(); i++) {
      Set<String> keys = keys(clusters.get(i), docOf.get(i));
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
    ClusterIdentity[] ids = name(clusters, sets, retype);
    List<List<ClusterIdentity>> out = new ArrayList<>(docs.size());
    int i = 0;
    for (List<IdentityCluster> doc : docs) {
      out.add(List.of(java.util.Arrays.copyOfRange(ids, i, i + doc.size())));
      i += doc.size();
    }
    return out;
  }

  /**
   * The keys that merge {@code c} (of the document at corpus position {@code doc}) with the
   * clusters of other documents; empty for a bare one-word PERSON cluster.
   */
  public Set<String> keys(IdentityCluster c, int doc) {
    Set<String> keys = new HashSet<>();
    for (String name : c.names()) {
      switch (c.type()) {
        case PERSON -> {
          if (NameKey.words(name).size() >= 2) {
            keys.add("P:" + NameKey.key(name));
          }
        }
        case LOCATION -> keys.add(names.isSeatOfGovernment(name) ? "ORGANIZATION:" + NameKey.key(name)
            : "L:" + NameKey.key(names.locationName(name)));
        case GROUP -> keys.add("G:" + (isBareGroup(c) ? doc + ":" : "") + c.localId().replaceAll("-\\d+$", ""));
        default -> keys.add(c.type() + ":" + NameKey.key(name));
      }
    }
    return keys;
  }

  /** Whether bare one-word PERSON clusters are linked ({@code linkBareNames}). */
  public boolean linksBareNames() {
    return linkBareNames;
  }

  /** The word a bare cluster (no {@link #keys}) is linked by: the key of its first name. */
  public static String bareKey(IdentityCluster bare) {
    return NameKey.key(bare.firstName());
  }

  /** The key of the place a bare cluster becomes when no person's name has its word. */
  public String placeKey(IdentityCluster bare) {
    return "L:" + NameKey.key(names.locationName(bare.firstName()));
  }

  /** The first and last word keys of a PERSON cluster's names of two words or more (none for other types). */
  public static Set<String> endWords(IdentityCluster c) {
    Set<String> out = new java.util.LinkedHashSet<>();
    if (c.type().equals(PERSON)) {
      for (String name : c.names()) {
        List<String> w = NameKey.wordKeys(name);
        if (w.size() >= 2) {
          out.add(w.get(0));
          out.add(w.get(w.size() - 1));
        }
      }
    }
    return out;
  }

  /**
   * A GROUP cluster without affiliation: its id is a bare class word ("officials",
   * "troops"), possibly after a role ("killed-wounded": "their wounded" of one army in one
   * file and of another in the next), as {@link GroupIdentity} gives such groups.
   */
  private static boolean isBareGroup(IdentityCluster c) {
    String role = rolePrefix(c.localId());
    String rest = role == null ? c.localId() : c.localId().substring(role.length() + 1);
    return !rest.replaceAll("-\\d+$", "").contains("-");
  }

  /** The role ("captured", "killed") a GROUP id starts with, or null. */
  static String rolePrefix(String id) {
    for (String role : List.of(GroupIdentity.CAPTURED, GroupIdentity.KILLED)) {
      if (id.startsWith(role + "-")) {
        return role;
      }
    }
    return null;
  }

  /**
   * Links each bare one-word PERSON cluster (see the class comment). The full names are
   * indexed once by their first and last word, and the bare clusters by their word, so the
   * pass grows with the number of clusters, not with its square (the first version compared
   * every bare cluster with every cluster: 73.5 s on 924 documents, 16 s on 300).
   */
  private void linkBare(List<IdentityCluster> clusters, UnionFind sets, List<Integer> bare, Map<String, Integer> byKey,
      String[] retype) {
    Map<String, List<Integer>> fullNamesByEndWord = new HashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      for (String w : endWords(clusters.get(i))) {
        fullNamesByEndWord.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
      }
    }
    Map<String, List<Integer>> bareByKey = new HashMap<>();
    for (int b : bare) {
      bareByKey.computeIfAbsent(bareKey(clusters.get(b)), k -> new ArrayList<>()).add(b);
    }
    for (int b : bare) {
      String key = bareKey(clusters.get(b));
      Integer place = byKey.get(placeKey(clusters.get(b)));
      Set<Integer> roots = new HashSet<>();
      for (int i : fullNamesByEndWord.getOrDefault(key, List.of())) {
        if (i != b) {
          roots.add(sets.find(i));
        }
      }
      if (roots.isEmpty() && place != null) {
        sets.union(b, place);
        retype[b] = LOCATION;
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

  /** Names each merged set, in the order of its first cluster; the identity of every cluster. */
  private ClusterIdentity[] name(List<IdentityCluster> clusters, UnionFind sets, String[] retype) {
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
    }
    ClusterIdentity[] out = new ClusterIdentity[clusters.size()];
    Set<String> used = new HashSet<>();
    for (List<Integer> members : groups.values()) {
      Map<String, Integer> freq = new LinkedHashMap<>();
      for (int i : members) {
        IdentityCluster c = clusters.get(i);
        for (int n = 0; n < c.names().size(); n++) {
          freq.merge(c.names().get(n), c.counts().get(n), Integer::sum);
        }
      }
      String type = members.stream().map(clusters::get).map(IdentityCluster::type).filter(t -> !t.equals(PERSON))
          .findFirst().orElse(clusters.get(members.get(0)).type());
      ComponentName n = componentName(type, clusters.get(members.get(0)).localId(), freq);
      String id = uniqueId(n.base(), used);
      for (int i : members) {
        out[i] = new ClusterIdentity(id, n.name(), retype[i]);
      }
    }
    return out;
  }

  /**
   * The name of a merged set of clusters: {@code type} is its first cluster's type other than
   * PERSON (or its first cluster's), {@code firstLocalId} its first cluster's id, and
   * {@code names} every name of its clusters with its count, in first-seen order.
   */
  public ComponentName componentName(String type, String firstLocalId, Map<String, Integer> names) {
    String name = type.equals(LOCATION) ? DocumentIdentity.commonestName(names) : DocumentIdentity.canonicalName(names);
    if (type.equals(LOCATION)) {
      name = this.names.locationAlias(name);
    }
    String base = type.equals(GROUP) ? this.names.groupName(name) : NameKey.slug(name);
    String role = type.equals(GROUP) ? rolePrefix(firstLocalId) : null;
    if (role != null && !base.startsWith(role + "-")) {
      base = role + "-" + base;
    }
    return new ComponentName(name, base);
  }

  /**
   * {@code base}, or {@code base-2}, {@code base-3}, ... : the first not in {@code used}
   * (added to it). Only ids of one family meet here: {@code base-K} can equal only a base that
   * is {@code base} plus {@code -DIGITS} ({@link #family}).
   */
  public static String uniqueId(String base, Set<String> used) {
    String id = base;
    for (int k = 2; !used.add(id); k++) {
      id = base + "-" + k;
    }
    return id;
  }

  /** The base with every trailing {@code -DIGITS} removed: bases of different families never give equal ids. */
  public static String family(String base) {
    return base.replaceAll("(-[0-9]+)+$", "");
  }

  /**
   * Document {@code doc} (at that corpus position, after {@link RoleAdoption}) with the corpus
   * ids of its clusters ({@code ids}, by document-level id): mentions and the event arguments
   * that carried a document-level id take the corpus id; an argument id that is no entity's
   * gets the document's position as prefix.
   */
  public static DocumentLayers rewrite(int doc, DocumentLayers d, Map<String, ClusterIdentity> ids) {
    List<EntityMention> entities = d.entities().stream().map(m -> {
      ClusterIdentity c = m.canonicalId() == null ? null : ids.get(m.canonicalId());
      if (c == null) {
        return m;
      }
      EntityMention typed = c.retype() == null ? m
          : new EntityMention(m.span(), c.retype(), null, null, m.confidence(), m.rule() + "+corpus-retype");
      return typed.withIdentity(c.id(), c.name());
    }).toList();
    return d.withLayers(entities, rewriteEvents(d.attributions(), doc, ids),
        rewriteEvents(d.relations(), doc, ids));
  }

  private static List<Event> rewriteEvents(List<Event> events, int doc, Map<String, ClusterIdentity> ids) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      List<Argument> args = new ArrayList<>();
      for (Argument a : e.arguments()) {
        ClusterIdentity c = a.canonicalId() == null ? null : ids.get(a.canonicalId());
        if (c != null) {
          args.add(a.withIdentity(c.id(), c.name()));
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
