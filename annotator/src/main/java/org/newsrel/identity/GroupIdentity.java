package org.newsrel.identity;

import static org.newsrel.core.EntityTypes.GROUP;
import static org.newsrel.core.EntityTypes.LOCATION;
import static org.newsrel.core.EntityTypes.NATIONALITY;

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
import org.newsrel.ner.NumberWords;

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
 *       in the same paragraph or of another side ({@link GroupHistory#mostRecentBare});
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

  private final EntityLexicon lexicon;
  private final ArgumentResolver resolver;
  private final EventSides sides;
  private final IdentityWords cues;

  /** With the sides of the built-in relations. */
  GroupIdentity(EntityLexicon lexicon) {
    this(lexicon, EventSides.defaults());
  }

  /** With the sides the relation rule files declare ({@link EventSides}). */
  GroupIdentity(EntityLexicon lexicon, EventSides sides) {
    this.lexicon = lexicon;
    this.resolver = new ArgumentResolver(lexicon);
    this.sides = sides;
    this.cues = new IdentityWords(lexicon);
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
    GroupHistory history = new GroupHistory();
    for (int i = 0; i < entities.size(); i++) {
      EntityMention g = entities.get(i);
      List<String> words = g.type().equals(GROUP)
          ? NameKey.headWords(NameKey.words(DocumentIdentity.displayName(g))) : List.of();
      if (words.isEmpty()) {
        continue;
      }
      Reading r = read(text, entities, g, words, eventRole.getOrDefault(i, ""), history);
      // the groups this one may refer back to: never the other side of one of its events
      GroupHistory earlier = history.without(opponents.getOrDefault(i, Set.of()));
      int paragraph = text.lastIndexOf('\n', g.span().begin()) + 1;
      GroupKey key = key(r, history, earlier, paragraph, (a, b) -> history.opposed(opponents, a, b));
      history.add(new GroupHistory.Group(i, key, r.head(), r.numeral(), g.span().begin()));
    }
    return withIds(entities, history.keys());
  }

  /**
   * What a GROUP mention says of itself, read before its key is chosen.
   *
   * @param head the head word, lowercased
   * @param headClass the class of the head ({@code [group-synonym]}, a head's {@code [group-role]}
   *     class, a relational head's compared class)
   * @param role the role its words, its context or its event give it, or ""
   * @param explicitNone true when a "none" word ("deployed") says it has no role
   * @param modifiers the words before the head, with the word right before the mention first
   * @param before the word right before the mention, or null
   * @param demonym true for a plural demonym ("the Foo-ians")
   * @param definite true after a {@code definite} word of {@code [identity-word]} ("the", "these")
   * @param affiliation its affiliation slug, or ""
   * @param whole the group whose whole it is ("part of a larger contingent"), or null
   * @param numeral its first numeral, or null
   */
  private record Reading(String head, String headClass, String role, boolean explicitNone, List<String> modifiers,
      String before, boolean demonym, boolean definite, String affiliation, GroupHistory.Group whole,
      String numeral) {}

  private Reading read(String text, List<EntityMention> entities, EntityMention g, List<String> words,
      String eventRole, GroupHistory history) {
    String last = words.get(words.size() - 1);
    String head = last.toLowerCase(Locale.ROOT);
    List<String> modifiers = new ArrayList<>(words.subList(0, words.size() - 1));
    String before = wordBefore(text, g.span().begin());
    if (before != null) {
      modifiers.add(0, before);
    }
    String[] headRole = headRole(head);
    String role = modifierRole(modifiers, headRole[0]);
    if (role.isEmpty()) {
      String after = roleAfter(text, g.span().end());
      role = after != null ? after : exchanged(text, g.span()) ? CAPTURED : "";
    }
    boolean explicitNone = role.equals(NONE);
    role = explicitNone ? "" : role.isEmpty() ? eventRole : role;
    boolean demonym = entities.stream().anyMatch(n -> n.type().equals(NATIONALITY)
        && n.span().end() == g.span().end()) || Character.isUpperCase(last.charAt(0))
        && lexicon.contains("nationality", last);
    boolean definite = before != null && cues.is("definite", before.toLowerCase(Locale.ROOT));
    String affiliation = affiliation(text, entities, g, words, modifiers, history);
    GroupHistory.Group whole = affiliation.isEmpty() && role.isEmpty() && partOf(text, g.span().begin())
        ? history.lastAffiliated() : null;
    String headClass = headRole[1];
    if (!affiliation.isEmpty() && lexicon.contains("group-relational", head)) {
      // "their Foo-ian counterparts": Foo-ian members of the class of the group compared
      String compared = history.comparedClass(affiliation);
      headClass = compared != null ? compared : headClass;
    }
    return new Reading(head, headClass, role, explicitNone, modifiers, before, demonym, definite, affiliation,
        whole, numeral(words));
  }

  /**
   * The role and class a head word gives: its {@code [group-role]} entry ("prisoners":
   * captured, military), else no role and the {@code [group-synonym]} class.
   */
  private String[] headRole(String head) {
    String headClass = lexicon.section("group-synonym").getOrDefault(head, head);
    String headRole = lexicon.section("group-role").get(head);
    if (headRole == null || headRole.isEmpty()) {
      return new String[] {"", headClass};
    }
    String[] rc = headRole.split("\\s+");
    return new String[] {rc[0], rc.length > 1 ? rc[1] : headClass};
  }

  /** The role of the last {@code [group-role]} modifier ("captured soldiers"), else {@code role}. */
  private String modifierRole(List<String> modifiers, String role) {
    String out = role;
    for (String w : modifiers) {
      String r = lexicon.section("group-role").get(w.toLowerCase(Locale.ROOT));
      if (r != null && !r.isEmpty()) {
        out = r.split("\\s+")[0];
      }
    }
    return out;
  }

  /**
   * The affiliation of a mention: its nationality words, else the country that sends it, else
   * for an {@code [group-opposing]} modifier the enemy of the last affiliation named; or "".
   */
  private String affiliation(String text, List<EntityMention> entities, EntityMention g, List<String> words,
      List<String> modifiers, GroupHistory history) {
    String affiliation = affiliation(text, entities, g, words);
    if (affiliation.isEmpty()) {
      affiliation = senderAffiliation(text, entities, g.span().begin());
    }
    if (affiliation.isEmpty() && modifiers.stream().anyMatch(w -> lexicon.contains("group-opposing", w))) {
      // "enemy forces" are the other side, never the group just named
      GroupHistory.Group named = history.lastAffiliated();
      affiliation = NameKey.slug(named == null ? "enemy" : "enemy of " + named.key().affiliation());
    }
    return affiliation;
  }

  /**
   * The key of a mention read as {@code r}: a reference back to one of the {@code earlier}
   * groups (those it may refer to) or a key of its own; counted apart from groups of
   * {@code all} with another exact number.
   */
  private GroupKey key(Reading r, GroupHistory all, GroupHistory earlier, int paragraph,
      BiPredicate<GroupKey, GroupKey> opposed) {
    GroupKey key;
    if (r.whole() != null) {
      // "part of a larger contingent": the whole the last named group belongs to
      key = new GroupKey(r.whole().key().affiliation(), r.whole().key().headClass(), "");
    } else if (r.affiliation().isEmpty() && r.role().isEmpty() && !r.explicitNone()) {
      key = bareKey(r, earlier, paragraph, opposed);
    } else if (r.affiliation().isEmpty()) {
      GroupHistory.Group same = pair(r) ? earlier.mostRecentPair(r.headClass(), r.role()) : null;
      if (same == null) {
        same = earlier.mostRecent(r.headClass(), r.head(), r.role(), true);
      }
      GroupHistory.Group any = same != null ? same : earlier.mostRecent(r.headClass(), r.head(), null, true);
      key = new GroupKey(any == null ? "" : any.key().affiliation(), r.headClass(), r.role());
    } else {
      key = affiliatedKey(r, earlier);
    }
    return r.numeral() != null && !key.role().isEmpty() ? all.counted(key, r.numeral()) : key;
  }

  /** "both" before a group: it has two members. */
  private boolean pair(Reading r) {
    return r.before() != null && cues.is("pair", r.before().toLowerCase(Locale.ROOT));
  }

  /** A bare group ("the soldiers"): the most recent of its class, unless counted ("900 troops", "many soldiers"). */
  private GroupKey bareKey(Reading r, GroupHistory earlier, int paragraph, BiPredicate<GroupKey, GroupKey> opposed) {
    // "many soldiers" counts, like "900 soldiers": a new group, not a reference back
    boolean counted = r.numeral() != null || r.modifiers().stream()
        .anyMatch(w -> "vague".equals(lexicon.section("group-role-context").get(w.toLowerCase(Locale.ROOT))));
    if (counted) {
      return new GroupKey("", r.headClass(), "");
    }
    GroupHistory.Group recent = pair(r) ? earlier.mostRecentPair(r.headClass(), null) : null;
    if (recent == null) {
      recent = earlier.mostRecentBare(paragraph, r.headClass(), r.head(), opposed);
    }
    return recent != null ? recent.key() : new GroupKey("", r.headClass(), "");
  }

  /**
   * A group with an affiliation: a plain demonym or a definite group without role or numeral
   * refers back; otherwise its own key, taking the role of an earlier group written with the
   * same numeral.
   */
  private GroupKey affiliatedKey(Reading r, GroupHistory earlier) {
    boolean plain = r.role().isEmpty() && r.numeral() == null;
    GroupHistory.Group recent = r.demonym() && plain ? earlier.mostRecentPlain(r.affiliation()) : null;
    if (recent == null && r.definite() && plain && !r.explicitNone()) {
      recent = earlier.mostRecentOf(r.affiliation(), r.headClass(), r.head());
    }
    if (recent != null) {
      return recent.key();
    }
    String role = r.role();
    if (role.isEmpty() && r.numeral() != null && !r.explicitNone()) {
      role = earlier.roleOfSameNumeral(r.numeral(), r.affiliation(), r.headClass(), role);
    }
    return new GroupKey(r.affiliation(), r.headClass(), role);
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
      if (!g.type().equals(GROUP)) {
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
      if (n.type().equals(NATIONALITY) && (g.span().contains(n.span()) || adjacent)) {
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
      if (NumberWords.isNumeral(lw)) {
        return lw;
      }
    }
    return null;
  }


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
    if (before >= 0 && cues.is("determiner", word(text, before))) {
      before = previousWordStart(text, before);
    }
    return before >= 0 && "exchange".equals(context.get(word(text, before)));
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
      if (n.type().equals(LOCATION) && onlySpaces(text, n.span().end(), at)
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
    if (article < 0 || !cues.is("article", word(text, article))) {
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
