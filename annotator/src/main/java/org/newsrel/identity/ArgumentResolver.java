package org.newsrel.identity;

import static org.newsrel.core.EntityTypes.GROUP;
import static org.newsrel.core.EntityTypes.LOCATION;
import static org.newsrel.core.EntityTypes.NATIONALITY;
import static org.newsrel.core.EntityTypes.ORGANIZATION;
import static org.newsrel.core.EntityTypes.PERSON;
import static org.newsrel.core.EntityTypes.TITLE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsrel.core.EntityMention;
import org.newsrel.core.TextSpan;
import org.newsrel.ner.EntityLexicon;
import org.newsrel.ner.NameKey;

/**
 * Resolves an argument span (a Source, Captor, Captive, ...) to the entity mention it
 * refers to, in this order:
 * <ol>
 *   <li>a partitive "one of the Foo-ian soldiers" is one member: an id of its own
 *       ({@link #partitiveMember});
 *   <li>the core of the span (up to a comma, "who", "which", "that" or "of") contains a
 *       GROUP, PERSON or ORGANIZATION mention: a GROUP or ORGANIZATION that ends the core,
 *       else the first PERSON;
 *   <li>a description naming nobody before a name in apposition ("Foo's defence minister,
 *       Ann Bell,"): the name ({@link #appositiveName});
 *   <li>a pronoun: he/she/him/her/his to the nearest preceding PERSON, they/them/their to
 *       the nearest preceding GROUP, it/its to the nearest preceding ORGANIZATION, who/which
 *       to the mention right before it;
 *   <li>a description ending in a {@code [description]} noun ("the agency", "Foo's spy
 *       agency", "Foo-ian intelligence"): the organisation of the document whose name ends
 *       in a matching head word, preferring one written next to the country named in the
 *       description, then the nearest preceding one, then the most frequent; the head word
 *       of a "Head of Foo" name is the one before "of" ("Ministry of Health" for "the
 *       ministry");
 *   <li>a document or report noun ({@code [document-noun]}: "their statements", "his
 *       letter"): whoever its possessive determiner refers to, else nothing;
 *   <li>a definite description ("the commander") whose head ends the TITLE of an
 *       appositive of a preceding person ("Ann Bell, a senior rebel commander,"): that person
 *       ({@link #describedInApposition});
 *   <li>any identified mention overlapping the span.
 * </ol>
 * An argument that resolves to nothing may get an id of its own ({@link #ownId}).
 * Pure function of text and mentions; thread-safe.
 */
final class ArgumentResolver {

  private static final Pattern CORE_END = Pattern.compile(",|\\s(who|which|that|of|whose)\\s|\\(");
  private static final Pattern PARTITIVE = Pattern.compile("(?i)(?:at least |only )?one of\\s");
  /** Between a name and the TITLE of its appositive: a comma, then up to four words ("Ann Bell, a senior"). */
  private static final Pattern APPOSITION_AFTER = Pattern.compile("\\s*,\\s*(?:[\\p{L}'\u2019-]+\\s+){0,4}");
  /** Between the TITLE of an appositive and the name it describes: a comma ("defence minister, Ann Bell"). */
  private static final Pattern APPOSITION_BEFORE = Pattern.compile("\\s*,\\s*");

  /** How far back (characters) a he/she antecedent outside quoted content is preferred. */
  private static final int SPEAKER_WINDOW = 600;

  private final EntityLexicon lexicon;
  private final IdentityWords cues;

  ArgumentResolver(EntityLexicon lexicon) {
    this.lexicon = lexicon;
    this.cues = new IdentityWords(lexicon);
  }

  EntityMention resolve(String text, List<EntityMention> entities, int begin, int end) {
    return resolve(text, entities, begin, end, List.of());
  }

  /**
   * As {@link #resolve(String, List, int, int)}; a he/she antecedent is sought first
   * outside {@code talkedAbout} (the Content spans of attributions: people quoted or
   * talked about there are less likely the next speaker).
   */
  EntityMention resolve(String text, List<EntityMention> entities, int begin, int end, List<TextSpan> talkedAbout) {
    String span = text.substring(begin, end);
    Matcher m = CORE_END.matcher(span);
    int coreEnd = m.find() && m.start() > 0 ? begin + m.start() : end;
    String core = text.substring(begin, coreEnd).strip();
    String lower = core.toLowerCase(Locale.ROOT);

    EntityMention member = partitiveMember(text, entities, begin, end);
    if (member != null) {
      return member;
    }
    EntityMention inCore = inCore(entities, begin, coreEnd);
    if (inCore != null) {
      return inCore;
    }
    EntityMention appositive = appositiveName(text, entities, begin, end);
    if (appositive != null) {
      return appositive;
    }
    if (cues.is("person-pronoun", lower)) {
      List<EntityMention> speakers = entities.stream()
          .filter(e -> talkedAbout.stream().noneMatch(c -> c.contains(e.span()))).toList();
      EntityMention speaker = nearestBefore(speakers, begin, Set.of(PERSON));
      return speaker != null && begin - speaker.span().end() < SPEAKER_WINDOW ? speaker
          : nearestBefore(entities, begin, Set.of(PERSON));
    }
    if (cues.is("plural-pronoun", lower)) {
      return nearestBefore(entities, begin, Set.of(GROUP));
    }
    if (cues.is("thing-pronoun", lower)) {
      return nearestBefore(entities, begin, Set.of(ORGANIZATION));
    }
    if (lower.equals("who") || lower.equals("whom")) {
      EntityMention person = nearestBefore(entities, begin, Set.of(PERSON, GROUP));
      if (person != null && !text.substring(person.span().end(), begin).matches("(?s).*[.!?\n].*")) {
        return person;
      }
    }
    if (cues.is("relative", lower)) {
      EntityMention antecedent = adjacentBefore(text, entities, begin);
      return antecedent != null ? antecedent : nearestBefore(entities, begin, Set.of(PERSON, GROUP));
    }
    String[] words = lower.split("[\\s\u2019']+");
    String head = words[words.length - 1];
    if (lexicon.contains("document-noun", head)) {
      // "their statements", "his letter": the producer, read from the possessive determiner
      return words.length > 1 && (cues.is("plural-pronoun", words[0]) || cues.is("person-pronoun", words[0])
          || cues.is("thing-pronoun", words[0]))
          ? possessor(text, entities, begin, words[0].length(), talkedAbout) : null;
    }
    Map<String, String> descriptions = lexicon.section("description");
    if (descriptions.containsKey(head)) {
      List<List<String>> votes = new ArrayList<>();
      for (String w : words) {
        if (descriptions.containsKey(w)) {
          votes.add(Arrays.asList(descriptions.get(w).split("\\s+")));
        }
      }
      EntityMention org = describedOrganisation(text, entities, begin, coreEnd, votes);
      if (org != null) {
        return org;
      }
    }
    EntityMention described = describedInApposition(text, entities, begin, words);
    if (described != null) {
      return described;
    }
    for (EntityMention e : entities) {
      if (e.canonicalId() != null && e.span().begin() < end && begin < e.span().end()) {
        return e;
      }
    }
    return null;
  }

  /**
   * An id of its own for an argument that resolves to no entity ("one prisoner", "a
   * surviving soldier", "the other"): the slug of its core (up to a comma, relative pronoun
   * or "of") and its offset, so that it counts as one entity and never meets another
   * mention by accident. Null for pronouns, relative pronouns and document or report nouns
   * ({@code [document-noun]}: "Reports" with no owner is not an entity).
   */
  String ownId(String text, int begin, int end) {
    String span = text.substring(begin, end);
    Matcher m = CORE_END.matcher(span);
    String core = (m.find() && m.start() > 0 ? span.substring(0, m.start()) : span).strip();
    String lower = core.toLowerCase(Locale.ROOT);
    String[] words = lower.split("[\\s\u2019']+");
    if (core.isEmpty() || !core.chars().anyMatch(Character::isLetter) || cues.is("relative", lower)
        || lexicon.contains("pronoun", lower) || lexicon.contains("document-noun", words[words.length - 1])) {
      return null;
    }
    int offset = begin + span.indexOf(core.charAt(0));
    return NameKey.slug(core) + "-" + offset;
  }

  /**
   * The argument as a PERSON mention with its {@link #ownId own id} when its core is a
   * singular description of a person ("one North Korean soldier", "a senior official", "the
   * spokesperson": head word in {@code [group-noun]} or {@code [title]}), so that a later
   * "he" or "who" can refer to it; null otherwise.
   */
  EntityMention describedPerson(String text, int begin, int end) {
    String id = ownId(text, begin, end);
    if (id == null) {
      return null;
    }
    String span = text.substring(begin, end);
    Matcher m = CORE_END.matcher(span);
    String core = (m.find() && m.start() > 0 ? span.substring(0, m.start()) : span).strip();
    String[] words = core.toLowerCase(Locale.ROOT).split("[\\s\u2019']+");
    String head = words[words.length - 1];
    if (!lexicon.contains("group-noun", head) && !lexicon.contains("title", head)) {
      return null;
    }
    int b = begin + span.indexOf(core);
    return new EntityMention(TextSpan.of(text, b, b + core.length()), PERSON, id, core, 0.5, "described-person");
  }

  /** The possessive pronoun of {@code length} characters starting the span at {@code begin}, resolved as a pronoun. */
  private EntityMention possessor(String text, List<EntityMention> entities, int begin, int length,
      List<TextSpan> talkedAbout) {
    int b = begin;
    while (Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    return resolve(text, entities, b, b + length, talkedAbout);
  }

  /**
   * "one of the captured soldiers": a member of the group, not the group. Returns a mention
   * of that one person with an id of its own, derived from the group's id and the offset
   * ({@code one-of-GROUPID-OFFSET}), or null when the span is not such a partitive.
   */
  static EntityMention partitiveMember(String text, List<EntityMention> entities, int begin, int end) {
    Matcher m = PARTITIVE.matcher(text.substring(begin, end));
    if (!m.lookingAt()) {
      return null;
    }
    for (EntityMention e : entities) {
      if (e.type().equals(GROUP) && e.canonicalId() != null && e.span().begin() >= begin + m.end()
          && e.span().end() <= end) {
        return new EntityMention(TextSpan.of(text, begin, end), PERSON, "one-of-" + e.canonicalId() + "-" + begin,
            text.substring(begin, end).strip(), e.confidence(), "partitive-member");
      }
    }
    return null;
  }

  /**
   * A Place span's place: the LOCATION that ends last in its core ("the Foo region of
   * western Bar" gives Foo region; "Bar's Foo border region" gives Foo border region), or
   * null when the core names none.
   */
  EntityMention place(String text, List<EntityMention> entities, int begin, int end) {
    Matcher m = CORE_END.matcher(text.substring(begin, end));
    int coreEnd = m.find() && m.start() > 0 ? begin + m.start() : end;
    EntityMention best = null;
    for (EntityMention e : entities) {
      if (e.type().equals(LOCATION) && e.canonicalId() != null && e.span().begin() >= begin
          && e.span().end() <= coreEnd && (best == null || e.span().end() > best.span().end())) {
        best = e;
      }
    }
    return best;
  }

  /**
   * The head word of an organisation's name: the word before its first "of" in a name built
   * as "Head of Foo" ("Ministry of Health", "Department of Labour"), else its last word
   * ("Health Ministry"); "" for no words.
   */
  private static String headWord(List<String> words) {
    int of = words.indexOf("of");
    return of > 0 ? words.get(of - 1) : words.isEmpty() ? "" : words.get(words.size() - 1);
  }

  /**
   * The name in apposition after a description that names nobody ("Foo's defence minister,
   * Ann Bell," is Ann Bell, not Foo): a PERSON right after the span's first comma that closes
   * the span or is followed by a comma, when the text before that comma holds no PERSON,
   * ORGANIZATION or GROUP of its own; else null.
   */
  private static EntityMention appositiveName(String text, List<EntityMention> entities, int begin, int end) {
    int inSpan = text.substring(begin, end).indexOf(',');
    int comma = begin + inSpan;
    if (inSpan < 0 || inCore(entities, begin, comma) != null) {
      return null;
    }
    for (EntityMention e : entities) {
      if (e.type().equals(PERSON) && e.canonicalId() != null && e.span().begin() > comma && e.span().end() <= end
          && onlySpaceOrCommas(text, comma + 1, e.span().begin())
          && (onlySpaceOrCommas(text, e.span().end(), end) || text.charAt(e.span().end()) == ',')) {
        return e;
      }
    }
    return null;
  }

  /**
   * A definite description of a person ("the commander", "the rebel commander": a core of
   * plain words opened by "the") is the nearest preceding PERSON that a TITLE with
   * the same last word describes in apposition: after the name ("Ann Bell, a senior rebel
   * commander,") or before it ("Foo's defence minister, Ann Bell"). Null when there is none.
   */
  private EntityMention describedInApposition(String text, List<EntityMention> entities, int begin,
      String[] words) {
    if (words.length < 2 || !words[0].equals("the") || !String.join(" ", words).matches("[a-z -]+")) {
      return null;
    }
    String head = words[words.length - 1];
    // one pass over the TITLEs, each compared with the persons right before and after it:
    // linear in the mentions, so a long document stays fast
    List<EntityMention> persons = entities.stream()
        .filter(p -> p.type().equals(PERSON) && p.canonicalId() != null && p.span().end() <= begin)
        .sorted(Comparator.comparingInt(p -> p.span().begin())).toList();
    if (persons.isEmpty()) {
      return null;
    }
    EntityMention best = null;
    for (EntityMention t : entities) {
      if (!t.type().equals(TITLE) || !lastWord(t.span().text()).equals(head)) {
        continue;
      }
      int after = firstStartingAtOrAfter(persons, t.span().end());
      EntityMention before = after > 0 ? persons.get(after - 1) : null; // "Ann Bell, a senior commander"
      EntityMention next = after < persons.size() ? persons.get(after) : null; // "defence minister, Ann Bell"
      for (EntityMention p : new EntityMention[] {before, next}) {
        if (p != null && (best == null || p.span().begin() > best.span().begin()) && describes(text, t, p)) {
          best = p;
        }
      }
    }
    return best;
  }

  /** The index of the first person (sorted by begin) that begins at or after {@code offset}. */
  private static int firstStartingAtOrAfter(List<EntityMention> persons, int offset) {
    int lo = 0;
    int hi = persons.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (persons.get(mid).span().begin() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Longest text between a name and a TITLE in apposition: a comma and up to four words. */
  private static final int MAX_APPOSITION_GAP = 80;

  /** True when the TITLE {@code t} stands in apposition to the person {@code p}, after or before the name. */
  private boolean describes(String text, EntityMention t, EntityMention p) {
    if (t.span().begin() > p.span().end()) {
      return t.span().begin() - p.span().end() <= MAX_APPOSITION_GAP
          && appositionAfter(text.substring(p.span().end(), t.span().begin()));
    }
    return t.span().end() <= p.span().begin() && p.span().begin() - t.span().end() <= MAX_APPOSITION_GAP
        && APPOSITION_BEFORE.matcher(text.substring(t.span().end(), p.span().begin())).matches();
  }

  /**
   * True when the text between a name and a TITLE opens an appositive: a comma and at most
   * four words, none of them a relative pronoun ("Ann Bell, a senior rebel commander"; not
   * "Ann Bell, who met the commander").
   */
  private boolean appositionAfter(String between) {
    if (!APPOSITION_AFTER.matcher(between).matches()) {
      return false;
    }
    for (String w : between.replace(",", " ").strip().toLowerCase(Locale.ROOT).split("\\s+")) {
      if (cues.is("relative", w) || w.equals("whose")) {
        return false;
      }
    }
    return true;
  }

  private static String lastWord(String phrase) {
    String[] w = phrase.toLowerCase(Locale.ROOT).strip().split("\\s+");
    return w[w.length - 1];
  }

  private static EntityMention inCore(List<EntityMention> entities, int begin, int coreEnd) {
    EntityMention person = null;
    EntityMention last = null;
    for (EntityMention e : entities) {
      if (e.canonicalId() == null || e.span().begin() < begin || e.span().end() > coreEnd) {
        continue;
      }
      if (e.type().equals(PERSON) && person == null) {
        person = e;
      }
      if (!e.type().equals(LOCATION) && (last == null || e.span().end() >= last.span().end())) {
        last = e;
      }
    }
    if (last != null && last.span().end() >= coreEnd - 1 && !last.type().equals(PERSON)) {
      return last;
    }
    return person != null ? person : last;
  }

  private static EntityMention nearestBefore(List<EntityMention> entities, int begin, Set<String> types) {
    EntityMention best = null;
    for (EntityMention e : entities) {
      if (e.canonicalId() != null && types.contains(e.type()) && e.span().end() <= begin
          && (best == null || e.span().begin() > best.span().begin())) {
        best = e;
      }
    }
    return best;
  }

  /** The identified mention ending right before {@code begin} (only spaces or a comma between). */
  /** {@code text[from, to)} holds only white space and commas (possibly nothing); stops early. */
  static boolean onlySpaceOrCommas(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != ',' && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private static EntityMention adjacentBefore(String text, List<EntityMention> entities, int begin) {
    EntityMention best = null;
    for (EntityMention e : entities) {
      if (e.canonicalId() == null || e.type().equals(LOCATION) || e.span().end() > begin) {
        continue;
      }
      if (onlySpaceOrCommas(text, e.span().end(), begin)
          && (best == null || e.span().length() > best.span().length())) {
        best = e;
      }
    }
    return best;
  }

  /**
   * The organisation a description refers to. Candidates are the document's
   * ORGANIZATION mentions whose name ends in a head word some description word allows;
   * ranked by how many description words allow it, then by the best rank of its head
   * word in those lists, then written right after the country named in the description,
   * then nearest before the description, then most frequent.
   */
  private EntityMention describedOrganisation(String text, List<EntityMention> entities, int begin, int coreEnd,
      List<List<String>> votes) {
    String country = null;
    for (EntityMention e : entities) {
      if (e.span().begin() >= begin && e.span().end() <= coreEnd) {
        if (e.type().equals(LOCATION)) {
          country = e.span().text();
        } else if (e.type().equals(NATIONALITY)) {
          String c = lexicon.section("nationality").get(e.span().text().toLowerCase(Locale.ROOT));
          country = c == null || c.isEmpty() ? null : c;
        }
      }
    }
    Map<String, double[]> score = new HashMap<>();
    Map<String, EntityMention> byId = new HashMap<>();
    for (EntityMention e : entities) {
      if (!e.type().equals(ORGANIZATION) || e.canonicalId() == null || e.canonicalName() == null) {
        continue;
      }
      String head = headWord(NameKey.words(e.canonicalName()));
      int allowed = 0;
      int bestRank = Integer.MAX_VALUE;
      for (List<String> v : votes) {
        int r = v.indexOf(head);
        if (r >= 0) {
          allowed++;
          bestRank = Math.min(bestRank, r);
        }
      }
      if (allowed == 0) {
        continue;
      }
      double[] s = score.get(e.canonicalId());
      if (s == null) {
        s = new double[] {allowed, -bestRank, 0, -1, 0};
        score.put(e.canonicalId(), s);
      }
      byId.putIfAbsent(e.canonicalId(), e);
      if (country != null) {
        String before = text.substring(Math.max(0, e.span().begin() - country.length() - 8), e.span().begin());
        if (before.contains(country)) {
          s[2] = 1;
        }
      }
      if (e.span().end() <= begin) {
        s[3] = Math.max(s[3], e.span().begin());
      }
      s[4]++;
    }
    return score.entrySet().stream().max((x, y) -> {
      for (int i = 0; i < 5; i++) {
        int c = Double.compare(x.getValue()[i], y.getValue()[i]);
        if (c != 0) {
          return c;
        }
      }
      return 0;
    }).map(en -> byId.get(en.getKey())).orElse(null);
  }

}
