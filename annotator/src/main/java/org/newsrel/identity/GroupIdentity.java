package org.newsrel.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.newsrel.core.Argument;
import org.newsrel.core.EntityMention;
import org.newsrel.core.Event;
import org.newsrel.core.TextSpan;
import org.newsrel.ner.DocumentIdentity;
import org.newsrel.ner.EntityLexicon;
import org.newsrel.ner.NameKey;

/**
 * Event-aware identity of GROUP mentions within one document. A group is identified by
 * what it is and what happened to it, not by its head phrase: its key is
 * <ol>
 *   <li>its <b>affiliation</b>: the countries of the NATIONALITY mentions in (or right
 *       before) the mention ("North Korean soldiers" gives north-korea), else of the
 *       {@code [nationality]} words in it, else the country that sends it ("Foo-land had
 *       dispatched around 900 troops": {@link #senderAffiliation}); a {@code [group-opposing]}
 *       modifier without any of these makes it the enemy of the last affiliation named
 *       ("Foo-ian soldiers fear capture by enemy forces": enemy-of-foo-land);
 *   <li>its <b>class</b>: the head word through {@code [group-synonym]}, so soldiers,
 *       troops, forces and servicemen are one class; officials or lawmakers are others; a
 *       {@code [group-relational]} head with a nationality takes the class of the most
 *       recent group of another affiliation ("Bar-ian soldiers ... their Foo-ian
 *       counterparts" are Foo-ian soldiers);
 *   <li>its <b>role</b>: {@code captured} when it is the Captive of an asserted Capture of
 *       the relation layer, or a {@code [group-role]} word modifies it ("captured",
 *       "detained", also the word right before the span), heads it ("prisoners", which
 *       also gives the military class) or follows it as a participle or verb ("soldiers
 *       held in Bar", "troops who were captured", "soldiers were captured":
 *       {@link #roleAfter}), or it is handed over in an exchange ("swap Foo-ian soldiers
 *       for ...": {@link #exchanged}); {@code killed} likewise for the Victim of an asserted
 *       Kill and "dead", "killed", "soldiers have died", ...; none otherwise, or when a
 *       "none" word ("deployed") modifies it;
 *   <li>its <b>count</b>, only for a group with a role whose exact number differs from
 *       that of an earlier group with the same key ("300 Foo-ian soldiers were killed ...
 *       in one raid 17 Foo-ian soldiers died": two groups of dead).
 * </ol>
 * Mentions that do not say everything refer back:
 * <ul>
 *   <li>a group with a role but no nationality ("the captured soldiers") takes the
 *       affiliation of the most recent group of its class with that role (else of any
 *       role), preferring one written with the same head word; after "both" ("both
 *       captured soldiers"), preferring the most recent such group written with "two";
 *   <li>a bare group (no nationality, no role, no numeral: "the soldiers") is the most
 *       recent group of its class, preferring one written with the same head word
 *       ("these soldiers" after "two Foo-ian soldiers were captured by Bar-ian forces")
 *       in the same paragraph or of another side ({@link #mostRecentBare});
 *       with a numeral or a {@code vague} quantifier of {@code [group-role-context]} ("900
 *       troops", "many soldiers") it is a new group;
 *   <li>a definite group with a nationality and no role or numeral ("the Foo-ian
 *       soldiers") is the most recent group of that affiliation and class;
 *   <li>a plural demonym without a numeral ("the Foo-ians") is the most recent group of
 *       that affiliation without a role or numeral, of any class (the Foo-ian troops of a
 *       war story, not "34,000 Foo-ians who fled abroad");
 *   <li>a group after "part of a" ("were part of a larger contingent", a {@code whole}
 *       word of {@code [group-role-context]}) with no nationality or role of its own is the
 *       role-less group of the affiliation and class of the last group with an affiliation;
 *   <li>a group with a numeral takes the role of an earlier group of the same affiliation
 *       and class written with the same numeral ("two Foo-ian soldiers").
 * </ul>
 * None of these refers back to a group on the other side of one of its own Capture or Kill
 * events (its Captor and Captive, its Killer and Victim, {@link #opponents}): in "Two soldiers
 * were captured by fighters" the fighters are not the captured soldiers, and "the fighters" a
 * paragraph after "Fighters captured two soldiers" are the captors.
 * Mentions with the same key share an id, the slug of role + count + affiliation + class
 * ({@code captured-north-korea-troops}); {@link CrossDocumentIdentity} merges equal ids
 * across documents (except bare class ids). Pure function; thread-safe.
 */
final class GroupIdentity {

  static final String CAPTURED = "captured";
  static final String KILLED = "killed";
  /** A {@code [group-role]} value saying the group is explicitly not captured or killed ("deployed"). */
  static final String NONE = "none";
  /**
   * Determiners that make a group anaphoric: "the Foo-ian soldiers" is the last Foo-ian group
   * ("those" is left out: "those Foo-ian soldiers who ..." mostly points forward).
   */
  private static final Set<String> DEFINITE = Set.of("the", "these");

  private final EntityLexicon lexicon;
  private final ArgumentResolver resolver;
  private final EventSides sides;

  /** With the sides of the built-in relations. */
  GroupIdentity(EntityLexicon lexicon) {
    this(lexicon, EventSides.defaults());
  }

  /** With the sides the relation rule files declare ({@link EventSides}). */
  GroupIdentity(EntityLexicon lexicon, EventSides sides) {
    this.lexicon = lexicon;
    this.resolver = new ArgumentResolver(lexicon);
    this.sides = sides;
  }

  /** The sides of events this instance reads. */
  EventSides sides() {
    return sides;
  }

  /**
   * The mentions (same order) with GROUP ids replaced by key ids.
   *
   * @param relations the relation layer (Capture, Kill), may be empty
   */
  List<EntityMention> assign(String text, List<EntityMention> entities, List<Event> relations) {
    Map<Integer, String> eventRole = eventRoles(text, entities, relations);
    Map<Integer, Set<Integer>> opponents = opponents(text, entities, relations);
    Map<String, String> synonyms = lexicon.section("group-synonym");
    Map<String, String> roleWords = lexicon.section("group-role");
    Map<String, String> context = lexicon.section("group-role-context");
    List<Integer> groups = new ArrayList<>();
    for (int i = 0; i < entities.size(); i++) {
      if (entities.get(i).type().equals("GROUP")) {
        groups.add(i);
      }
    }
    Map<Integer, GroupKey> keys = new LinkedHashMap<>();
    Map<Integer, String> heads = new HashMap<>();
    Map<Integer, String> numerals = new HashMap<>();
    for (int i : groups) {
      EntityMention g = entities.get(i);
      List<String> words = NameKey.headWords(NameKey.words(DocumentIdentity.displayName(g)));
      if (words.isEmpty()) {
        continue;
      }
      String head = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
      // the groups this one may refer back to: never the other side of one of its events
      Map<Integer, GroupKey> earlier = withoutOpponents(keys, opponents.getOrDefault(i, Set.of()));
      String role = "";
      boolean explicitNone = false;
      String headClass = synonyms.getOrDefault(head, head);
      String headRole = roleWords.get(head);
      if (headRole != null && !headRole.isEmpty()) {
        String[] rc = headRole.split("\\s+");
        role = rc[0];
        headClass = rc.length > 1 ? rc[1] : headClass;
      }
      List<String> modifiers = new ArrayList<>(words.subList(0, Math.max(0, words.size() - 1)));
      String before = wordBefore(text, g.span().begin());
      boolean demonym = entities.stream().anyMatch(n -> n.type().equals("NATIONALITY")
          && n.span().end() == g.span().end()) || Character.isUpperCase(words.get(words.size() - 1).charAt(0))
          && lexicon.contains("nationality", words.get(words.size() - 1));
      boolean definite = before != null && DEFINITE.contains(before.toLowerCase(Locale.ROOT));
      Integer recentSame;
      if (before != null) {
        modifiers.add(0, before);
      }
      for (String w : modifiers) {
        String r = roleWords.get(w.toLowerCase(Locale.ROOT));
        if (r != null && !r.isEmpty()) {
          role = r.split("\\s+")[0];
        }
      }
      if (role.isEmpty()) {
        String after = roleAfter(text, g.span().end());
        if (after != null) {
          role = after;
        } else if (exchanged(text, g.span())) {
          role = CAPTURED;
        }
      }
      if (role.equals(NONE)) {
        role = "";
        explicitNone = true;
      } else if (role.isEmpty()) {
        role = eventRole.getOrDefault(i, "");
      }
      String affiliation = affiliation(text, entities, g, words);
      if (affiliation.isEmpty()) {
        affiliation = senderAffiliation(text, entities, g.span().begin());
      }
      if (affiliation.isEmpty() && modifiers.stream().anyMatch(w -> lexicon.contains("group-opposing", w))) {
        // "enemy forces" are the other side, never the group just named
        Integer named = last(keys, (j, k) -> !k.affiliation().isEmpty());
        affiliation = NameKey.slug(named == null ? "enemy" : "enemy of " + keys.get(named).affiliation());
      }
      Integer whole = affiliation.isEmpty() && role.isEmpty() && partOf(text, g.span().begin())
          ? last(keys, (j, k) -> !k.affiliation().isEmpty()) : null;
      if (!affiliation.isEmpty() && lexicon.contains("group-relational", head)) {
        // "their Foo-ian counterparts": Foo-ian members of the class of the group compared
        String compared = comparedClass(keys, affiliation);
        headClass = compared != null ? compared : headClass;
      }
      String numeral = numeral(words);
      if (numeral != null) {
        numerals.put(i, numeral);
      }
      GroupKey key;
      boolean pair = before != null && before.equalsIgnoreCase("both");
      if (whole != null) {
        // "part of a larger contingent": the whole the last named group belongs to
        GroupKey part = keys.get(whole);
        key = new GroupKey(part.affiliation(), part.headClass(), "");
      } else if (affiliation.isEmpty() && role.isEmpty() && !explicitNone) {
        // "many soldiers" counts, like "900 soldiers": a new group, not a reference back
        boolean counted = numeral != null || modifiers.stream()
            .anyMatch(w -> "vague".equals(context.get(w.toLowerCase(Locale.ROOT))));
        Integer recent = counted ? null : pair ? mostRecentPair(earlier, numerals, headClass, null) : null;
        if (recent == null && !counted) {
          recent = mostRecentBare(earlier, heads, entities, text.lastIndexOf('\n', g.span().begin()) + 1, headClass,
              head, (a, b) -> opposed(keys, opponents, a, b));
        }
        key = recent != null ? keys.get(recent) : new GroupKey("", headClass, "");
      } else if (affiliation.isEmpty()) {
        Integer same = pair ? mostRecentPair(earlier, numerals, headClass, role) : null;
        if (same == null) {
          same = mostRecent(earlier, heads, headClass, head, role, true);
        }
        Integer any = same != null ? same : mostRecent(earlier, heads, headClass, head, null, true);
        key = new GroupKey(any == null ? "" : keys.get(any).affiliation(), headClass, role);
      } else if (demonym && role.isEmpty() && numeral == null
          && (recentSame = mostRecentPlain(earlier, numerals, affiliation)) != null) {
        key = keys.get(recentSame);
      } else if (definite && role.isEmpty() && numeral == null && !explicitNone
          && (recentSame = mostRecentOf(earlier, heads, affiliation, headClass, head)) != null) {
        key = keys.get(recentSame);
      } else {
        if (role.isEmpty() && numeral != null && !explicitNone) {
          for (Map.Entry<Integer, GroupKey> e : earlier.entrySet()) {
            GroupKey k = e.getValue();
            if (numeral.equals(numerals.get(e.getKey())) && k.affiliation().equals(affiliation)
                && k.headClass().equals(headClass)) {
              role = k.role();
            }
          }
        }
        key = new GroupKey(affiliation, headClass, role);
      }
      if (numeral != null && !key.role().isEmpty()) {
        key = counted(keys, numerals, key, numeral);
      }
      keys.put(i, key);
      heads.put(i, head);
    }
    return withIds(entities, keys);
  }

  /** GROUP mention index to the role its event gives it (Captive of an asserted Capture, ...). */
  private Map<Integer, String> eventRoles(String text, List<EntityMention> entities, List<Event> relations) {
    Map<Integer, String> out = new HashMap<>();
    for (Event e : relations) {
      String role = sides.affectedRole(e);
      if (role == null) {
        continue;
      }
      for (Argument a : e.arguments()) {
        if (a.role().equals(sides.affected(e.type()))) {
          groupsOf(text, entities, a).forEach(i -> out.put(i, role));
        }
      }
    }
    return out;
  }

  /** The indexes of the GROUP mentions an event argument is. */
  private List<Integer> groupsOf(String text, List<EntityMention> entities, Argument a) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < entities.size(); i++) {
      EntityMention g = entities.get(i);
      if (!g.type().equals("GROUP")) {
        continue;
      }
      boolean inside = a.begin() <= g.span().begin() && g.span().end() <= a.end()
          && resolver.resolve(text, entities, a.begin(), a.end()) == g;
      // the same head, the GROUP reaching further left ("First Foo-ian Soldiers" for "Foo-ian Soldiers")
      boolean sameHead = g.span().end() == a.end() && g.span().begin() < a.begin();
      if (inside || sameHead) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * GROUP mention index to the groups on the other side of one of its events, whatever the
   * modality: the Captives of a Capture whose Captor it is and the other way round, likewise
   * the Killer and Victim of a Kill ("Fighters captured two soldiers": two sides, even when
   * neither is named by a nationality).
   */
  private Map<Integer, Set<Integer>> opponents(String text, List<EntityMention> entities, List<Event> relations) {
    Map<Integer, Set<Integer>> out = new HashMap<>();
    for (Event e : relations) {
      List<Integer> agents = new ArrayList<>();
      List<Integer> patients = new ArrayList<>();
      for (Argument a : e.arguments()) {
        if (a.role().equals(sides.agent(e.type()))) {
          agents.addAll(groupsOf(text, entities, a));
        } else if (a.role().equals(sides.affected(e.type()))) {
          patients.addAll(groupsOf(text, entities, a));
        }
      }
      for (int a : agents) {
        for (int p : patients) {
          if (a != p) {
            out.computeIfAbsent(a, x -> new HashSet<>()).add(p);
            out.computeIfAbsent(p, x -> new HashSet<>()).add(a);
          }
        }
      }
    }
    return out;
  }

  /** The keyed groups less those that share a key with one of {@code opponents} (so never one of them). */
  private static Map<Integer, GroupKey> withoutOpponents(Map<Integer, GroupKey> keys, Set<Integer> opponents) {
    if (opponents.isEmpty()) {
      return keys;
    }
    Set<GroupKey> other = new HashSet<>();
    opponents.stream().filter(keys::containsKey).forEach(o -> other.add(keys.get(o)));
    Map<Integer, GroupKey> out = new LinkedHashMap<>();
    keys.forEach((j, k) -> {
      if (!other.contains(k)) {
        out.put(j, k);
      }
    });
    return out;
  }

  /** True when a group keyed {@code a} and one keyed {@code b} stand on the two sides of one event. */
  private static boolean opposed(Map<Integer, GroupKey> keys, Map<Integer, Set<Integer>> opponents, GroupKey a, GroupKey b) {
    for (Map.Entry<Integer, Set<Integer>> e : opponents.entrySet()) {
      if (a.equals(keys.get(e.getKey())) && e.getValue().stream().anyMatch(o -> b.equals(keys.get(o)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code text[from, to)} is one or more spaces and nothing else. Stops at the
   * first other character, so checking a far-away entity costs O(1), not a substring and a
   * regex over the whole distance (which made long documents quadratic in their length).
   */
  static boolean onlySpaces(String text, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  /** Countries of the nationality words in the mention, joined ("russia and north-korea"). */
  private String affiliation(String text, List<EntityMention> entities, EntityMention g, List<String> words) {
    Map<String, String> nationality = lexicon.section("nationality");
    List<String> countries = new ArrayList<>();
    for (EntityMention n : entities) {
      boolean adjacent = onlySpaces(text, n.span().end(), g.span().begin());
      if (n.type().equals("NATIONALITY") && (g.span().contains(n.span()) || adjacent)) {
        String c = nationality.get(n.span().text().toLowerCase(Locale.ROOT));
        addCountry(countries, c == null || c.isEmpty() ? n.span().text().replaceAll("s$", "") : c);
      }
    }
    if (countries.isEmpty()) {
      for (int k = 0; k < words.size(); k++) {
        String w = words.get(k);
        if (!Character.isUpperCase(w.charAt(0))) {
          continue;
        }
        String two = k + 1 < words.size() ? (w + " " + words.get(k + 1)).toLowerCase(Locale.ROOT) : null;
        String c = two != null ? nationality.get(two) : null;
        if (c != null) {
          k++;
        } else {
          c = nationality.get(w.toLowerCase(Locale.ROOT));
        }
        if (c != null) {
          addCountry(countries, c.isEmpty() ? w : c);
        }
      }
    }
    return countries.isEmpty() ? "" : NameKey.slug(String.join(" and ", countries));
  }

  private static void addCountry(List<String> countries, String c) {
    if (!countries.contains(c)) {
      countries.add(c);
    }
  }

  /** The first numeral of a GROUP mention's words ("two", "300"), or null. */
  static String numeral(List<String> words) {
    for (String w : words) {
      String lw = w.toLowerCase(Locale.ROOT);
      if (DocumentIdentity.NUMBER_WORDS.contains(lw) || lw.matches("[0-9][0-9,.\\u2013-]*")) {
        return lw;
      }
    }
    return null;
  }

  /**
   * The most recent group of the class (and role, if given; with an affiliation, if
   * asked): one written with the same head word if any ("these soldiers" after "two
   * Foo-ian soldiers ... Bar-ian forces"), else any of the class.
   */
  private static Integer mostRecent(Map<Integer, GroupKey> keys, Map<Integer, String> heads, String headClass,
      String head, String role, boolean withAffiliation) {
    Integer sameHead = null;
    Integer sameClass = null;
    for (Map.Entry<Integer, GroupKey> e : keys.entrySet()) {
      GroupKey k = e.getValue();
      if (k.headClass().equals(headClass) && (role == null || k.role().equals(role))
          && (!withAffiliation || !k.affiliation().isEmpty())) {
        sameClass = e.getKey();
        if (heads.get(e.getKey()).equals(head)) {
          sameHead = e.getKey();
        }
      }
    }
    return sameHead != null ? sameHead : sameClass;
  }

  /**
   * The group a bare mention ("the soldiers") refers to: the most recent group of its class,
   * or the most recent one written with the same head word when that one is in the same
   * paragraph (at or after {@code paragraph}) or of another affiliation than the most recent
   * of the class, or on the other side of an event from it ({@code opposed}). The repeated head word tells two sides apart ("Foo-ian soldiers captured
   * by Bar-ian forces ... the soldiers"), and a group named in the same paragraph; between
   * groups of one side a paragraph later it is no sign, and the latest wins ("... 300
   * Foo-ian soldiers were killed." then a paragraph on "Foo-ian forces" and "reports of
   * soldiers ...").
   */
  private static Integer mostRecentBare(Map<Integer, GroupKey> keys, Map<Integer, String> heads,
      List<EntityMention> entities, int paragraph, String headClass, String head, BiPredicate<GroupKey, GroupKey> opposed) {
    Integer sameHead = mostRecent(keys, heads, headClass, head, null, false);
    Integer latest = last(keys, (i, k) -> k.headClass().equals(headClass));
    if (sameHead == null || latest == null || entities.get(sameHead).span().begin() >= paragraph
        || !keys.get(sameHead).affiliation().equals(keys.get(latest).affiliation())
        || opposed.test(keys.get(sameHead), keys.get(latest))) {
      return sameHead;
    }
    return latest;
  }

  /**
   * "both" before a group says it has two members: the most recent group of the class (and
   * role, if given) with an affiliation that was written with "two" or "2", or null.
   */
  private static Integer mostRecentPair(Map<Integer, GroupKey> keys, Map<Integer, String> numerals, String headClass,
      String role) {
    Integer found = null;
    for (Map.Entry<Integer, GroupKey> e : keys.entrySet()) {
      GroupKey k = e.getValue();
      String n = numerals.get(e.getKey());
      if (k.headClass().equals(headClass) && (role == null || k.role().equals(role)) && !k.affiliation().isEmpty()
          && ("two".equals(n) || "2".equals(n))) {
        found = e.getKey();
      }
    }
    return found;
  }

  /** The most recent group of this affiliation and class (one with the same head word first). */
  private static Integer mostRecentOf(Map<Integer, GroupKey> keys, Map<Integer, String> heads, String affiliation,
      String headClass, String head) {
    Map<Integer, GroupKey> same = new LinkedHashMap<>();
    keys.forEach((i, k) -> {
      if (k.affiliation().equals(affiliation)) {
        same.put(i, k);
      }
    });
    return mostRecent(same, heads, headClass, head, null, false);
  }

  /**
   * The class of the group a relational head ("counterparts") is compared with: that of
   * the most recent group of another affiliation, or null.
   */
  private static String comparedClass(Map<Integer, GroupKey> keys, String affiliation) {
    Integer found = last(keys, (i, k) -> !k.affiliation().isEmpty() && !k.affiliation().equals(affiliation));
    return found == null ? null : keys.get(found).headClass();
  }

  /**
   * The key of a group with a role and a numeral: that of an earlier group with the same
   * key and the same number; counted apart when an earlier group with the same key has a
   * different exact number (two counts of dead are two groups of dead: "300 Foo-ian soldiers
   * were killed ... in one battle, 17 Foo-ian soldiers were killed"); else the key itself.
   */
  private static GroupKey counted(Map<Integer, GroupKey> keys, Map<Integer, String> numerals, GroupKey key, String numeral) {
    Long value = exactNumber(numeral);
    boolean differs = false;
    for (Map.Entry<Integer, GroupKey> e : keys.entrySet()) {
      if (!e.getValue().base().equals(key)) {
        continue;
      }
      Long other = exactNumber(numerals.get(e.getKey()));
      if (value != null && value.equals(other)) {
        return e.getValue();
      }
      differs |= value != null && other != null && e.getValue().count().isEmpty();
    }
    return differs ? new GroupKey(key.affiliation(), key.headClass(), key.role(), String.valueOf(value)) : key;
  }

  /**
   * The value of an exact numeral ("two", "17", "2,700"), or null for none or a vague one
   * ("dozens", "thousands", a range).
   */
  static Long exactNumber(String numeral) {
    if (numeral == null) {
      return null;
    }
    int word = SMALL_NUMBERS.indexOf(numeral);
    if (word >= 0) {
      return (long) word + 1;
    }
    String digits = numeral.replace(",", "");
    return digits.matches("[0-9]{1,12}") ? Long.parseLong(digits) : null;
  }

  private static final List<String> SMALL_NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve");

  /**
   * True when the group is what one side hands over in an exchange: an {@code exchange} word
   * of {@code [group-role-context]} right before it (a determiner between is allowed) and
   * "for" right after ("offered to swap Foo-ian soldiers for Bar-ian ones", "exchange the
   * soldiers for"): such a group is held, i.e. captured.
   */
  boolean exchanged(String text, TextSpan span) {
    Map<String, String> context = lexicon.section("group-role-context");
    List<String> next = wordsAfter(text, span.end(), 1);
    if (next.isEmpty() || !next.get(0).equals("for")) {
      return false;
    }
    int before = previousWordStart(text, span.begin());
    if (before >= 0 && DETERMINERS.contains(word(text, before))) {
      before = previousWordStart(text, before);
    }
    return before >= 0 && "exchange".equals(context.get(word(text, before)));
  }

  private static final Set<String> DETERMINERS = Set.of("the", "these", "those", "its", "their", "all");

  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  /** The index of the most recent group (mention index and key) that passes {@code test}, or null. */
  private static Integer last(Map<Integer, GroupKey> keys, BiPredicate<Integer, GroupKey> test) {
    Integer found = null;
    for (Map.Entry<Integer, GroupKey> e : keys.entrySet()) {
      if (test.test(e.getKey(), e.getValue())) {
        found = e.getKey();
      }
    }
    return found;
  }

  /**
   * The country that sends the group, when the text right before it is a country name, a
   * {@code dispatch} verb of {@code [group-role-context]} and only {@code auxiliary},
   * {@code perfect}, {@code adverb} and {@code quantity} words between ("Foo-land had
   * dispatched around 900 troops", "Foo-land reportedly sent some 900 soldiers"), as an
   * affiliation slug; else "". The country is a LOCATION mention whose text is a country of
   * {@code [nationality]}.
   */
  private String senderAffiliation(String text, List<EntityMention> entities, int begin) {
    Map<String, String> context = lexicon.section("group-role-context");
    int at = begin;
    boolean verb = false;
    for (int words = 0; words < 8; words++) {
      int start = previousWordStart(text, at);
      if (start < 0) {
        return "";
      }
      String kind = context.get(word(text, start));
      if (!verb && "quantity".equals(kind)) {
        at = start;
      } else if (!verb && "dispatch".equals(kind)) {
        verb = true;
        at = start;
      } else if (verb && ("auxiliary".equals(kind) || "perfect".equals(kind) || "adverb".equals(kind))) {
        at = start;
      } else {
        break;
      }
    }
    if (!verb) {
      return "";
    }
    for (EntityMention n : entities) {
      if (n.type().equals("LOCATION") && onlySpaces(text, n.span().end(), at)
          && lexicon.section("nationality").values().stream().anyMatch(c -> c.equalsIgnoreCase(n.span().text()))) {
        return NameKey.slug(n.span().text());
      }
    }
    return "";
  }

  /**
   * True when a {@code whole} word of {@code [group-role-context]}, "of" and an indefinite
   * or definite article stand right before {@code begin} ("were part of a larger
   * contingent").
   */
  private boolean partOf(String text, int begin) {
    int article = previousWordStart(text, begin);
    if (article < 0 || !ARTICLES.contains(word(text, article))) {
      return false;
    }
    int of = previousWordStart(text, article);
    if (of < 0 || !word(text, of).equals("of")) {
      return false;
    }
    int whole = previousWordStart(text, of);
    return whole >= 0 && "whole".equals(lexicon.section("group-role-context").get(word(text, whole)));
  }

  /** The start of the word (letters) that ends right before {@code at} with only spaces between, or -1. */
  private static int previousWordStart(String text, int at) {
    int end = at;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return start < end && end < at ? start : -1;
  }

  private static int wordEnd(String text, int start) {
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return end;
  }

  private static String word(String text, int start) {
    return text.substring(start, wordEnd(text, start)).toLowerCase(Locale.ROOT);
  }

  /**
   * The most recent group of this affiliation without a role, of any class, not counting
   * groups written with a numeral ("34,000 Foo-ians have fled abroad" is a counted subset,
   * not what a later "the Foo-ians" means).
   */
  private static Integer mostRecentPlain(Map<Integer, GroupKey> keys, Map<Integer, String> numerals, String affiliation) {
    return last(keys, (i, k) -> k.affiliation().equals(affiliation) && k.role().isEmpty() && !numerals.containsKey(i));
  }

  /**
   * The role a {@code [group-role]} participle right after a mention ending at {@code end}
   * gives it, or null: a reduced relative, the participle followed by an {@code after} word
   * of {@code [group-role-context]} ("soldiers held in Bar", "troops killed last week"; not
   * "troops captured the town", an active verb); or a verb group, optionally opened by a
   * {@code relative} word, with at least one {@code auxiliary} (a passive one; {@code adverb}
   * and {@code perfect} words may stand among them) before the participle ("soldiers who had
   * later been captured", "soldiers were captured"; not "troops who captured the town" or
   * "have captured it"); or an {@code intransitive} verb, which has no voice to check
   * ("soldiers have died", "troops who died"). A comma may stand before any of them. Only
   * participles with a plain role count (not head nouns such as "prisoners").
   */
  String roleAfter(String text, int end) {
    Map<String, String> context = lexicon.section("group-role-context");
    List<String> next = wordsAfter(text, end, 8);
    int k = 0;
    boolean relative = k < next.size() && "relative".equals(context.get(next.get(k)));
    if (relative) {
      k++;
    }
    int auxiliaries = 0;
    boolean verbGroup = false;
    while (k < next.size()) {
      String kind = context.get(next.get(k));
      if ("auxiliary".equals(kind)) {
        auxiliaries++;
      } else if (!"adverb".equals(kind) && !"perfect".equals(kind)) {
        break;
      }
      verbGroup = true;
      k++;
    }
    if (k < next.size() && "intransitive".equals(context.get(next.get(k)))) {
      return participleRole(next, k);  // "soldiers (who) have died": no object to tell voice by
    }
    if (relative || verbGroup) {
      return auxiliaries > 0 ? participleRole(next, k) : null;
    }
    String role = participleRole(next, k);
    return role != null && k + 1 < next.size() && "after".equals(context.get(next.get(k + 1))) ? role : null;
  }

  private String participleRole(List<String> words, int k) {
    if (k >= words.size()) {
      return null;
    }
    String role = lexicon.section("group-role").get(words.get(k));
    return role == null || role.isEmpty() || role.contains(" ") ? null : role;
  }

  /**
   * Up to {@code max} lower-cased words after {@code end}, separated by spaces only (a comma
   * is allowed before the first); stops at any other character.
   */
  static List<String> wordsAfter(String text, int end, int max) {
    List<String> out = new ArrayList<>();
    int i = skipSpaces(text, end);
    if (i < text.length() && text.charAt(i) == ',') {
      i = skipSpaces(text, i + 1);
    }
    while (out.size() < max) {
      int start = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (start == i) {
        break;
      }
      out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
      if (i >= text.length() || text.charAt(i) != ' ') {
        break;  // punctuation or a line end closes the phrase
      }
      i = skipSpaces(text, i);
    }
    return out;
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** The word right before a mention (only spaces between), or null. */
  private static String wordBefore(String text, int begin) {
    int start = previousWordStart(text, begin);
    return start < 0 ? null : text.substring(start, wordEnd(text, start));
  }

  private static List<EntityMention> withIds(List<EntityMention> entities, Map<Integer, GroupKey> keys) {
    Map<GroupKey, List<Integer>> members = new LinkedHashMap<>();
    keys.forEach((i, k) -> members.computeIfAbsent(k, x -> new ArrayList<>()).add(i));
    EntityMention[] out = entities.toArray(new EntityMention[0]);
    for (Map.Entry<GroupKey, List<Integer>> e : members.entrySet()) {
      List<String> names = e.getValue().stream().map(i -> DocumentIdentity.displayName(entities.get(i))).toList();
      String name = DocumentIdentity.canonicalName(names);
      for (int i : e.getValue()) {
        out[i] = entities.get(i).withIdentity(e.getKey().id(), name);
      }
    }
    return List.of(out);
  }
}
