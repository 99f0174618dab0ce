package org.newsrel.ner;

import static org.newsrel.core.EntityTypes.GROUP;
import static org.newsrel.core.EntityTypes.LOCATION;
import static org.newsrel.core.EntityTypes.ORGANIZATION;
import static org.newsrel.core.EntityTypes.PERSON;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsrel.core.EntityMention;

/**
 * Identity of entity mentions within one document: gives every PERSON, ORGANIZATION,
 * LOCATION and GROUP mention a document-level id and the fullest name of its entity.
 *
 * <ul>
 *   <li>PERSON: full names (two words or more) meet when their {@link NameKey} keys are
 *       equal; a one-word mention joins the nearest preceding full name whose first or
 *       last word has the same key (else the nearest following one), so two people who
 *       share a surname are told apart by proximity.
 *   <li>ORGANIZATION: same key, or linked as acronym and expansion (defined in
 *       parentheses, or the acronym equals the initials of the name).
 *   <li>LOCATION: same key after dropping a trailing generic head ("region") and
 *       resolving aliases of the lexicon ("U.S." = United States); a seat of government
 *       ({@code [seat-of-government]}) written as a place meets the ORGANIZATION of that name.
 *   <li>GROUP: same {@link #groupName(String) head phrase}; optionally a GROUP without a
 *       nationality word joins the nearest preceding GROUP of the same head class that has one.
 * </ul>
 * Ids are {@link NameKey#slug slugs} of the canonical name: the form with the most words,
 * ties broken by frequency, then by first occurrence.
 */
public final class DocumentIdentity {

  private static final Set<String> IDENTIFIED = Set.of(PERSON, ORGANIZATION, LOCATION, GROUP);

  private final EntityLexicon lexicon;
  private final boolean linkBareGroups;

  /** Without bare-group linking. */
  public DocumentIdentity(EntityLexicon lexicon) {
    this(lexicon, false);
  }

  /** @param linkBareGroups whether a GROUP without nationality refers back (see class comment) */
  public DocumentIdentity(EntityLexicon lexicon, boolean linkBareGroups) {
    this.lexicon = lexicon;
    this.linkBareGroups = linkBareGroups;
  }

  /**
   * Returns the mentions (same order) with document-level ids filled.
   *
   * @param acronyms acronym surface to expansion surface, as defined in this document
   */
  public List<EntityMention> assign(List<EntityMention> mentions, Map<String, String> acronyms) {
    int n = mentions.size();
    UnionFind sets = new UnionFind(n);
    Map<String, Integer> firstByKey = new HashMap<>();
    List<Integer> fullPersons = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      EntityMention m = mentions.get(i);
      if (!IDENTIFIED.contains(m.type())) {
        continue;
      }
      String name = displayName(m);
      if (m.type().equals(PERSON) && NameKey.words(name).size() >= 2) {
        fullPersons.add(i);
      }
    }
    for (int i = 0; i < n; i++) {
      EntityMention m = mentions.get(i);
      if (!IDENTIFIED.contains(m.type())) {
        continue;
      }
      String name = displayName(m);
      String key;
      if (m.type().equals(PERSON) && NameKey.words(name).size() < 2) {
        Integer full = nearestFullName(mentions, fullPersons, i, NameKey.key(name));
        if (full != null) {
          sets.union(i, full);
          continue;
        }
        key = "PERSON:" + NameKey.key(name);
      } else if (m.type().equals(LOCATION) && isSeatOfGovernment(name)) {
        key = "ORGANIZATION:" + NameKey.key(name); // "at the Kremlin" and "the Kremlin said": one id
      } else {
        key = m.type() + ":" + matchKey(m.type(), name, acronyms);
      }
      Integer first = firstByKey.putIfAbsent(key, i);
      if (first != null) {
        sets.union(i, first);
      }
    }
    linkInitials(mentions, sets, firstByKey);
    if (linkBareGroups) {
      linkBareGroups(mentions, sets);
    }
    return withIds(mentions, sets);
  }

  private Integer nearestFullName(List<EntityMention> mentions, List<Integer> fullPersons, int i, String key) {
    Integer before = null;
    Integer after = null;
    for (int f : fullPersons) {
      List<String> words = NameKey.wordKeys(displayName(mentions.get(f)));
      boolean match = words.get(0).equals(key) || words.get(words.size() - 1).equals(key);
      if (!match) {
        continue;
      }
      if (f < i) {
        before = f;
      } else if (after == null) {
        after = f;
      }
    }
    return before != null ? before : after;
  }

  /**
   * A GROUP without a nationality word ("the soldiers", "the captured troops") is taken
   * to refer back, like a surname to a full name, to the nearest preceding GROUP of the
   * same head class that has one ("two Foo-ian soldiers").
   */
  private void linkBareGroups(List<EntityMention> mentions, UnionFind sets) {
    Map<String, String> synonyms = lexicon.section("group-synonym");
    for (int i = 0; i < mentions.size(); i++) {
      EntityMention m = mentions.get(i);
      if (!m.type().equals(GROUP) || hasNationality(m.span().text())) {
        continue;
      }
      String head = headClass(m.span().text(), synonyms);
      for (int j = i - 1; j >= 0; j--) {
        EntityMention o = mentions.get(j);
        if (o.type().equals(GROUP) && hasNationality(o.span().text())
            && headClass(o.span().text(), synonyms).equals(head)) {
          sets.union(i, j);
          break;
        }
      }
    }
  }

  private boolean hasNationality(String text) {
    for (String w : NameKey.words(text)) {
      if (Character.isUpperCase(w.charAt(0)) && lexicon.contains("nationality", w)) {
        return true;
      }
    }
    return false;
  }

  private static String headClass(String text, Map<String, String> synonyms) {
    List<String> words = NameKey.headWords(NameKey.words(text));
    String head = words.isEmpty() ? "" : words.get(words.size() - 1).toLowerCase(Locale.ROOT);
    return synonyms.getOrDefault(head, head);
  }

  /** An all-capitals ORGANIZATION meets the ORGANIZATION whose initials it spells. */
  private void linkInitials(List<EntityMention> mentions, UnionFind sets, Map<String, Integer> firstByKey) {
    for (int i = 0; i < mentions.size(); i++) {
      EntityMention m = mentions.get(i);
      String t = m.span().text();
      if (!m.type().equals(ORGANIZATION) || !TokenShapes.isAcronym(t)) {
        continue;
      }
      for (int j = 0; j < mentions.size(); j++) {
        EntityMention o = mentions.get(j);
        if (o.type().equals(ORGANIZATION) && initials(o.span().text()).equals(t)) {
          sets.union(i, j);
        }
      }
    }
  }

  /** Initials of the capitalised words of a name ("National Intelligence Service" gives NIS). */
  public static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        sb.append(w.charAt(0));
      }
    }
    return sb.length() >= 2 ? sb.toString() : "";
  }

  String matchKey(String type, String name, Map<String, String> acronyms) {
    switch (type) {
      case ORGANIZATION:
        return NameKey.key(acronyms.getOrDefault(name, name));
      case LOCATION:
        return NameKey.key(locationName(name));
      case GROUP:
        return groupName(name);
      default:
        return NameKey.key(name);
    }
  }

  /** A {@code [seat-of-government]} name ("Kremlin"): one id whether written as the place or the government. */
  public boolean isSeatOfGovernment(String name) {
    return lexicon.contains("seat-of-government", name);
  }

  /** The canonical name of a place alias ("U.S." gives United States), else the name itself. */
  public String locationAlias(String name) {
    String alias = lexicon.section("location-alias").get(name.toLowerCase(Locale.ROOT));
    return alias != null && !alias.isEmpty() ? alias : name;
  }

  /** A place name without a trailing generic head, aliases resolved ("Foo region" gives Foo). */
  public String locationName(String name) {
    String alias = lexicon.section("location-alias").get(name.toLowerCase(Locale.ROOT));
    if (alias != null && !alias.isEmpty()) {
      return alias;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    List<String> heads = lexicon.keys("location-head").stream()
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    for (String head : heads) {
      if (lower.endsWith(" " + head) && lower.length() > head.length() + 1) {
        return locationName(name.substring(0, name.length() - head.length() - 1).strip());
      }
    }
    return name;
  }

  /**
   * The id phrase of a GROUP: its words without numerals, the head word replaced by its
   * {@code [group-synonym]} ("two North Korean soldiers" gives north-korean-troops).
   */
  public String groupName(String text) {
    return groupName(text, lexicon.section("group-synonym"));
  }

  static String groupName(String text, Map<String, String> synonyms) {
    List<String> kept = new ArrayList<>();
    for (String w : NameKey.headWords(NameKey.words(text))) {
      String lw = w.toLowerCase(Locale.ROOT);
      if (NumberWords.isNumeral(lw)) {
        continue;
      }
      kept.add(lw);
    }
    if (!kept.isEmpty()) {
      String head = kept.get(kept.size() - 1);
      kept.set(kept.size() - 1, synonyms.getOrDefault(head, head));
    }
    return NameKey.slug(String.join(" ", kept.isEmpty() ? List.of(text) : kept));
  }

  /** The mention's text as a name: editorial brackets removed, white space normalised. */
  public static String displayName(EntityMention m) {
    return m.span().text().replaceAll("[\\[\\]]", "").replaceAll("\\s+", " ").strip();
  }

  private List<EntityMention> withIds(List<EntityMention> mentions, UnionFind sets) {
    Map<Integer, List<Integer>> clusters = new LinkedHashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      if (IDENTIFIED.contains(mentions.get(i).type())) {
        clusters.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
      }
    }
    EntityMention[] out = mentions.toArray(new EntityMention[0]);
    Set<String> used = new HashSet<>();
    for (List<Integer> members : clusters.values()) {
      String type = mentions.get(members.get(0)).type();
      List<String> names = members.stream().map(i -> displayName(mentions.get(i))).toList();
      if (type.equals(GROUP)) {
        List<String> withNationality = names.stream().filter(this::hasNationality).toList();
        names = withNationality.isEmpty() ? names : withNationality;
      }
      String name = type.equals(LOCATION) ? commonestName(names) : canonicalName(names);
      if (type.equals(LOCATION)) {
        name = locationAlias(name);
      }
      String base = type.equals(GROUP) ? groupName(name) : NameKey.slug(name);
      String id = base;
      for (int k = 2; !used.add(id); k++) {
        id = base + "-" + k;
      }
      for (int i : members) {
        out[i] = mentions.get(i).withIdentity(id, name);
      }
    }
    return List.of(out);
  }

  /** The fullest name: most words, then most frequent, then first seen. */
  public static String canonicalName(List<String> names) {
    return canonicalName(frequencies(names));
  }

  /** {@link #canonicalName(List)} of names given with their counts, in first-seen order. */
  public static String canonicalName(Map<String, Integer> freq) {
    return freq.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -NameKey.words(e.getKey()).size())
            .thenComparingInt(e -> -e.getValue())
            .thenComparingInt(e -> -capitalRatio(e.getKey())))
        .findFirst().map(Map.Entry::getKey).orElseThrow();
  }

  /** For places: the most frequent form, then the fullest ("Foo region" over "Foo border region"). */
  public static String commonestName(List<String> names) {
    return commonestName(frequencies(names));
  }

  /** {@link #commonestName(List)} of names given with their counts, in first-seen order. */
  public static String commonestName(Map<String, Integer> freq) {
    return freq.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -capitalRatio(e.getKey()))
            .thenComparingInt(e -> -e.getValue())
            .thenComparingInt(e -> -NameKey.words(e.getKey()).size()))
        .findFirst().map(Map.Entry::getKey).orElseThrow();
  }

  private static Map<String, Integer> frequencies(List<String> names) {
    Map<String, Integer> freq = new LinkedHashMap<>();
    for (String n : names) {
      freq.merge(n, 1, Integer::sum);
    }
    return freq;
  }

  /** Prefer "Seoul" over "SEOUL": mixed case scores higher than all capitals. */
  private static int capitalRatio(String s) {
    return s.equals(s.toUpperCase(Locale.ROOT)) && s.length() > 3 ? 0 : 1;
  }


}
