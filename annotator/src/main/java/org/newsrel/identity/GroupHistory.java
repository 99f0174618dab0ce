package org.newsrel.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.newsrel.ner.NumberWords;

/**
 * The GROUP mentions of one document keyed so far, in mention order, and the "most recent"
 * questions {@link GroupIdentity} asks of them when a mention refers back. Each group keeps
 * what it was written with (head word, numeral, offset) beside its key, so no parallel maps
 * are needed. One history per {@link GroupIdentity#assign} call; not shared between threads.
 */
final class GroupHistory {

  /**
   * One keyed GROUP mention.
   *
   * @param index its index in the document's entity list
   * @param key its key
   * @param head its head word, lowercased ("soldiers")
   * @param numeral its first numeral ("two", "300"), or null
   * @param begin its start offset
   */
  record Group(int index, GroupKey key, String head, String numeral, int begin) {}

  private final List<Group> groups;
  private final Map<Integer, GroupKey> byIndex = new HashMap<>();

  GroupHistory() {
    this(new ArrayList<>());
  }

  private GroupHistory(List<Group> groups) {
    this.groups = groups;
    groups.forEach(g -> byIndex.put(g.index(), g.key()));
  }

  void add(Group g) {
    groups.add(g);
    byIndex.put(g.index(), g.key());
  }

  /** The keys by entity index, in mention order. */
  Map<Integer, GroupKey> keys() {
    Map<Integer, GroupKey> out = new LinkedHashMap<>();
    groups.forEach(g -> out.put(g.index(), g.key()));
    return out;
  }

  private GroupKey keyOf(int index) {
    return byIndex.get(index);
  }

  /**
   * The groups less those that share a key with one of {@code opponents} (entity indexes), so
   * never one of them; this history itself when there are none.
   */
  GroupHistory without(Set<Integer> opponents) {
    if (opponents.isEmpty()) {
      return this;
    }
    Set<GroupKey> other = new HashSet<>();
    for (int o : opponents) {
      GroupKey k = keyOf(o);
      if (k != null) {
        other.add(k);
      }
    }
    List<Group> kept = new ArrayList<>();
    groups.stream().filter(g -> !other.contains(g.key())).forEach(kept::add);
    return new GroupHistory(kept);
  }

  /**
   * True when a group keyed {@code a} and one keyed {@code b} stand on the two sides of one
   * event ({@code opponents}: entity index to the indexes on the other side).
   */
  boolean opposed(Map<Integer, Set<Integer>> opponents, GroupKey a, GroupKey b) {
    for (Map.Entry<Integer, Set<Integer>> e : opponents.entrySet()) {
      if (a.equals(keyOf(e.getKey())) && e.getValue().stream().anyMatch(o -> b.equals(keyOf(o)))) {
        return true;
      }
    }
    return false;
  }

  /** The most recent group that passes {@code test}, or null. */
  Group last(Predicate<Group> test) {
    Group found = null;
    for (Group g : groups) {
      if (test.test(g)) {
        found = g;
      }
    }
    return found;
  }

  /** The most recent group with an affiliation, or null. */
  Group lastAffiliated() {
    return last(g -> !g.key().affiliation().isEmpty());
  }

  /**
   * The most recent group of the class (and role, if given; with an affiliation, if
   * asked): one written with the same head word if any ("these soldiers" after "two
   * Foo-ian soldiers ... Bar-ian forces"), else any of the class.
   */
  Group mostRecent(String headClass, String head, String role, boolean withAffiliation) {
    Group sameHead = null;
    Group sameClass = null;
    for (Group g : groups) {
      GroupKey k = g.key();
      if (k.headClass().equals(headClass) && (role == null || k.role().equals(role))
          && (!withAffiliation || !k.affiliation().isEmpty())) {
        sameClass = g;
        if (g.head().equals(head)) {
          sameHead = g;
        }
      }
    }
    return sameHead != null ? sameHead : sameClass;
  }

  /**
   * The group a bare mention ("the soldiers") refers to: the most recent group of its class,
   * or the most recent one written with the same head word when that one is in the same
   * paragraph (at or after {@code paragraph}) or of another affiliation than the most recent
   * of the class, or on the other side of an event from it ({@code opposed}). The repeated
   * head word tells two sides apart ("Foo-ian soldiers captured by Bar-ian forces ... the
   * soldiers"), and a group named in the same paragraph; between groups of one side a
   * paragraph later it is no sign, and the latest wins ("... 300 Foo-ian soldiers were
   * killed." then a paragraph on "Foo-ian forces" and "reports of soldiers ...").
   */
  Group mostRecentBare(int paragraph, String headClass, String head, BiPredicate<GroupKey, GroupKey> opposed) {
    Group sameHead = mostRecent(headClass, head, null, false);
    Group latest = last(g -> g.key().headClass().equals(headClass));
    if (sameHead == null || latest == null || sameHead.begin() >= paragraph
        || !sameHead.key().affiliation().equals(latest.key().affiliation())
        || opposed.test(sameHead.key(), latest.key())) {
      return sameHead;
    }
    return latest;
  }

  /**
   * "both" before a group says it has two members: the most recent group of the class (and
   * role, if given) with an affiliation that was written with "two" or "2", or null.
   */
  Group mostRecentPair(String headClass, String role) {
    return last(g -> g.key().headClass().equals(headClass) && (role == null || g.key().role().equals(role))
        && !g.key().affiliation().isEmpty() && ("two".equals(g.numeral()) || "2".equals(g.numeral())));
  }

  /** The most recent group of this affiliation and class (one with the same head word first). */
  Group mostRecentOf(String affiliation, String headClass, String head) {
    List<Group> same = new ArrayList<>();
    groups.stream().filter(g -> g.key().affiliation().equals(affiliation)).forEach(same::add);
    return new GroupHistory(same).mostRecent(headClass, head, null, false);
  }

  /**
   * The most recent group of this affiliation without a role, of any class, not counting
   * groups written with a numeral ("34,000 Foo-ians have fled abroad" is a counted subset,
   * not what a later "the Foo-ians" means).
   */
  Group mostRecentPlain(String affiliation) {
    return last(g -> g.key().affiliation().equals(affiliation) && g.key().role().isEmpty() && g.numeral() == null);
  }

  /**
   * The class of the group a relational head ("counterparts") is compared with: that of
   * the most recent group of another affiliation, or null.
   */
  String comparedClass(String affiliation) {
    Group found = last(g -> !g.key().affiliation().isEmpty() && !g.key().affiliation().equals(affiliation));
    return found == null ? null : found.key().headClass();
  }

  /**
   * The role of the most recent group of this affiliation and class written with the same
   * numeral ("two Foo-ian soldiers" again), or {@code role} when there is none.
   */
  String roleOfSameNumeral(String numeral, String affiliation, String headClass, String role) {
    Group found = last(g -> numeral.equals(g.numeral()) && g.key().affiliation().equals(affiliation)
        && g.key().headClass().equals(headClass));
    return found == null ? role : found.key().role();
  }

  /**
   * The key of a group with a role and a numeral: that of an earlier group with the same
   * key and the same number; counted apart when an earlier group with the same key has a
   * different exact number (two counts of dead are two groups of dead: "300 Foo-ian soldiers
   * were killed ... in one battle, 17 Foo-ian soldiers were killed"); else the key itself.
   */
  GroupKey counted(GroupKey key, String numeral) {
    Long value = NumberWords.exactValue(numeral);
    boolean differs = false;
    for (Group g : groups) {
      if (!g.key().base().equals(key)) {
        continue;
      }
      Long other = NumberWords.exactValue(g.numeral());
      if (value != null && value.equals(other)) {
        return g.key();
      }
      differs |= value != null && other != null && g.key().count().isEmpty();
    }
    return differs ? new GroupKey(key.affiliation(), key.headClass(), key.role(), String.valueOf(value)) : key;
  }
}
