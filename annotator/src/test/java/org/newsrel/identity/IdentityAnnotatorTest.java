package org.newsrel.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsrel.core.Argument;
import org.newsrel.core.EntityMention;
import org.newsrel.core.Event;
import org.newsrel.core.TextSpan;
import org.newsrel.ner.DocumentIdentity;
import org.newsrel.ner.EntityLexicon;

/**
 * Argument identity on hand-made entity layers (no models). In a text, {@code [TYPE ...]}
 * marks an entity mention and {@code <...>} the argument to resolve; the brackets are
 * removed before resolving.
 */
class IdentityAnnotatorTest {

  private static final IdentityAnnotator ANNOTATOR = new IdentityAnnotator("newsrel_identity", new Properties());
  private static final DocumentIdentity IDENTITY = new DocumentIdentity(EntityLexicon.loadDefault());

  private record Marked(String text, List<EntityMention> mentions, TextSpan argument) {}

  private static Marked parse(String marked) {
    StringBuilder text = new StringBuilder();
    List<EntityMention> mentions = new ArrayList<>();
    int argBegin = -1;
    int argEnd = -1;
    int mentionBegin = -1;
    String type = null;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == '[') {
        int space = marked.indexOf(' ', i);
        type = marked.substring(i + 1, space);
        mentionBegin = text.length();
        i = space;
      } else if (c == ']') {
        mentions.add(new EntityMention(TextSpan.of(text.toString(), mentionBegin, text.length()), type, null, null, 1,
            "test"));
      } else if (c == '<') {
        argBegin = text.length();
      } else if (c == '>') {
        argEnd = text.length();
      } else {
        text.append(c);
      }
    }
    mentions.sort((a, b) -> a.span().compareTo(b.span()));
    String t = text.toString();
    return new Marked(t, IDENTITY.assign(mentions, Map.of()), TextSpan.of(t, argBegin, argEnd));
  }

  private static String resolve(String marked) {
    return resolve(ANNOTATOR, "Source", marked);
  }

  private static String resolve(IdentityAnnotator annotator, String role, String marked) {
    Marked m = parse(marked);
    Event e = new Event("Attribution", m.argument(), List.of(Argument.of(role, m.argument())), List.of(), 1, "t");
    Argument a = annotator.resolve(m.text(), m.mentions(), List.of(e)).get(0).arguments().get(0);
    return String.valueOf(a.canonicalId());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a description naming no entity gets an id of its own (slug + offset)
      "<One prisoner> was freed. | one-prisoner-0",
      "It was cold. <a surviving soldier>, who was hurt, was freed. | a-surviving-soldier-13",
      // pronouns and report nouns do not
      "<They> were freed. | null",
      "<The reports> were freed. | null",
  })
  void descriptionsGetOwnIds(String marked, String expected) {
    assertEquals(expected.strip(), resolve(ANNOTATOR, "Captive", marked.strip()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // names and name variants
      "<[PERSON Anna Berglund]> said it. | anna-berglund",
      "[PERSON Anna Berglund] arrived. <[PERSON Berglund]> said it. | anna-berglund",
      "<[PERSON Anna Berglund], a member of the [ORGANIZATION Green Future Party],> said it. | anna-berglund",
      "<The [ORGANIZATION FWA]> said it. | fwa",
      // pronouns
      "[PERSON Anna Berglund] arrived. <She> said it. | anna-berglund",
      "[PERSON Anna Berglund] met [PERSON Erik Lind]. <He> said it. | erik-lind",
      "[GROUP Estonian soldiers] crossed. <They> said it. | estonian-troops",
      "The [ORGANIZATION Federal Water Agency] met. <It> said it. | federal-water-agency",
      "[GROUP two Estonian soldiers], <who> were tired, left. | estonian-troops",
      // "who" prefers a person of the same sentence to an adjacent organisation
      "[PERSON Erik Lind], a representative of [ORGANIZATION PVK], <who> spoke, left. | erik-lind",
      // descriptions of organisations
      "[LOCATION Norland]'s [ORGANIZATION Culture Ministry] met the [ORGANIZATION State Security Service]. <[LOCATION Norland]'s spy agency> said it. | state-security-service",
      "The [ORGANIZATION State Security Service] met the [ORGANIZATION Culture Ministry]. <The agency> said it. | state-security-service",
      "The [ORGANIZATION Federal Water Agency] met. <The agency> said it. | federal-water-agency",
      "[LOCATION Norland]'s [ORGANIZATION State Security Service] met. <[LOCATION Norland]'s spy agency> said it. | state-security-service",
      "The [ORGANIZATION Border Guard] and the [ORGANIZATION State Security Service] met. <[NATIONALITY Estonian] intelligence> said it. | state-security-service",
      // groups inside the argument; post-modifiers ignored
      "<The [GROUP two Estonian soldiers] who crossed the river> said it. | estonian-troops",
      // a document or report noun: whoever its possessive refers to, else nobody
      "[GROUP Estonian soldiers] crossed. <Their statements> said it. | estonian-troops",
      "[PERSON Anna Berglund] arrived. <Her letter> said it. | anna-berglund",
      "<The memos> said it. | null",
      // a description naming nobody before a name in apposition is the name, not the country
      "<[LOCATION Peru]'s energy [TITLE minister], [PERSON Lucia Paredes],> said it. | lucia-paredes",
      "<The [NATIONALITY Chilean] mining [TITLE minister], [PERSON Tomas Reyes]> said it. | tomas-reyes",
      // a definite description is the person an appositive TITLE with its head word describes
      "[PERSON Idris Maiga], a senior rebel [TITLE commander], spoke. <The commander> said it. | idris-maiga",
      "[LOCATION Norland]'s defence [TITLE minister], [PERSON Erik Lind], spoke. <The minister> said it. | erik-lind",
      "[PERSON Anna Berglund], a [TITLE spokeswoman], met [PERSON Idris Maiga], a rebel [TITLE commander]."
          + " <The rebel commander> said it. | idris-maiga",
      // ... not through a relative clause, an indefinite description or another head word
      "[PERSON Anna Berglund], who met the [TITLE commander], spoke. <The commander> said it. | null",
      "[PERSON Idris Maiga], a rebel [TITLE commander], spoke. <A commander> said it. | null",
      "[PERSON Idris Maiga], a rebel [TITLE commander], spoke. <The spokesman> said it. | null",
      // a "Head of Foo" name has its head before "of": "the ministry" is the Ministry of Health
      "The [ORGANIZATION Ministry of Health] met. <The ministry> said it. | ministry-of-health",
      "The [ORGANIZATION Ministry of the Interior] met. <The ministry> said it. | ministry-of-the-interior",
      "The [ORGANIZATION Bank of Norland] met. <The ministry> said it. | null",
      // a Source naming no entity gets no id of its own by default (see ownIdRoles)
      "<One prisoner> said it. | null",
      // nothing to resolve to
      "<Reports> said it. | null",
      "<He> said it. | null",
      "<they> said it. | null",
  })
  void resolvesArguments(String marked, String expected) {
    assertEquals(expected.strip(), resolve(marked.strip()));
  }

  private static final IdentityAnnotator NAMED_OVER_PRONOUN = named();

  private static IdentityAnnotator named() {
    Properties p = new Properties();
    p.setProperty("newsrel_identity.namedOverPronoun", "Captor,Captive,Killer,Victim");
    return new IdentityAnnotator("newsrel_identity", p);
  }

  /** The argument's span and id after resolution: {@code "Anna Berglund =anna-berglund"}. */
  private static String spanAfter(IdentityAnnotator annotator, String role, String marked) {
    Marked m = parse(marked);
    Event e = new Event("Capture", m.argument(), List.of(Argument.of(role, m.argument())), List.of(), 1, "t");
    Argument a = annotator.resolve(m.text(), m.mentions(), List.of(e)).get(0).arguments().get(0);
    return m.text().substring(a.begin(), a.end()) + " =" + a.canonicalId();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a named antecedent in the sentence before replaces the pronoun
      "[PERSON Anna Berglund] crossed the border. <She> was arrested. | Captive | Anna Berglund =anna-berglund",
      "[PERSON Erik Lind] bought a gun. Days later <he> killed two guards. | Killer | Erik Lind =erik-lind",
      // two sentence ends away: the pronoun stays, with the id
      "[PERSON Anna Berglund] crossed. It rained. <She> was arrested. | Captive | She =anna-berglund",
      // a Source keeps its pronoun (PolNeAR spans), a group antecedent is no name
      "[PERSON Anna Berglund] arrived. <She> said it. | Source | She =anna-berglund",
      "[GROUP Estonian soldiers] crossed. <They> were arrested. | Captive | They =estonian-troops",
  })
  void namedOverPronounReplacesAPronounByANearbyName(String marked, String role, String expected) {
    assertEquals(expected.strip(), spanAfter(NAMED_OVER_PRONOUN, role.strip(), marked.strip()));
  }

  @Test
  void byDefaultThePronounStaysTheArgument() {
    assertEquals("She =anna-berglund",
        spanAfter(ANNOTATOR, "Captive", "[PERSON Anna Berglund] crossed the border. <She> was arrested."));
  }

  @Test
  void countryNamedInTheDescriptionChoosesTheOrganisationNextToIt() {
    assertEquals("defence-intelligence-service", resolve(
        "[LOCATION Norland]'s [ORGANIZATION Defence Intelligence Service] and [LOCATION Sudmark]'s "
            + "[ORGANIZATION Foreign Intelligence Service] met. <[LOCATION Norland]'s intelligence agency> said it."));
  }

  @Test
  void pronounPrefersASpeakerOverAPersonInsideQuotedContent() {
    Marked m = parse("[PERSON Anna Berglund] said that [PERSON Erik Lind] had left. <She> added more.");
    TextSpan content = TextSpan.of(m.text(), m.text().indexOf("that"), m.text().indexOf(" had") + 9);
    Event e = new Event("Attribution", m.argument(), List.of(Argument.of("Source", m.argument())), List.of(), 1, "t");
    Argument a = ANNOTATOR.resolve(m.text(), m.mentions(), List.of(e), List.of(content)).get(0).arguments().get(0);
    assertEquals("anna-berglund", a.canonicalId());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a person described, not named, is the antecedent of a later "he" (nearer than a named one)
      "[PERSON Anna Berglund] spoke. Later <one Estonian soldier> surrendered. <He> said he was tired. | one-estonian-soldier-27",
      "[PERSON Erik Lind] spoke. <a senior official>, <who> asked not to be named, said so. | a-senior-official-17",
      // a described thing is no antecedent for "he"
      "[PERSON Erik Lind] spoke. <the new plan> failed. <He> said so. | erik-lind",
  })
  void describedPeopleAreAntecedents(String marked, String expected) {
    // the last <...> is the Source asked about; earlier ones are Captives of other events
    String t = marked.strip();
    List<int[]> spans = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    int open = -1;
    for (char c : t.replaceAll("\\[[A-Z]+ ", "").replace("]", "").toCharArray()) {
      if (c == '<') {
        open = plain.length();
      } else if (c == '>') {
        spans.add(new int[] {open, plain.length()});
      } else {
        plain.append(c);
      }
    }
    Marked m = parse(t);
    List<Event> events = new ArrayList<>();
    for (int k = 0; k < spans.size(); k++) {
      TextSpan arg = TextSpan.of(m.text(), spans.get(k)[0], spans.get(k)[1]);
      String role = k == spans.size() - 1 ? "Source" : "Captive";
      events.add(new Event("Attribution", arg, List.of(Argument.of(role, arg)), List.of(), 1, "t"));
    }
    List<Event> out = ANNOTATOR.resolve(m.text(), m.mentions(), events);
    assertEquals(expected.strip(), String.valueOf(out.get(out.size() - 1).arguments().get(0).canonicalId()));
  }

  @Test
  void aPronounThatIsNotASourceMayReferInsideQuotedContent() {
    Marked m = parse("[PERSON Anna Berglund] said that [PERSON Erik Lind] had fled. Police arrested <him> later.");
    TextSpan content = TextSpan.of(m.text(), m.text().indexOf("that"), m.text().indexOf(" had") + 9);
    Event source = new Event("Attribution", m.argument(), List.of(Argument.of("Source", m.argument())), List.of(), 1, "t");
    Event captive = new Event("Capture", m.argument(), List.of(Argument.of("Captive", m.argument())), List.of(), 1, "t");
    List<Event> out = ANNOTATOR.resolve(m.text(), m.mentions(), List.of(source, captive), List.of(content));
    assertEquals("anna-berglund", out.get(0).arguments().get(0).canonicalId());
    assertEquals("erik-lind", out.get(1).arguments().get(0).canonicalId());
  }

  @Test
  void aNameInsideADirectQuotationIsNoAntecedentOfANarratorsPronoun() {
    Marked m = parse("[PERSON Anna Berglund] said one Estonian soldier shouted \u201cLong live [PERSON Erik Lind]\u201d "
        + "before <he> was shot.");
    String t = m.text();
    TextSpan soldier = TextSpan.of(t, t.indexOf("one Estonian"), t.indexOf(" shouted"));
    Event shout = new Event("Capture", soldier, List.of(Argument.of("Captive", soldier)), List.of(), 1, "t");
    Event kill = new Event("Kill", m.argument(), List.of(Argument.of("Victim", m.argument())), List.of(), 1, "t");
    List<Event> out = ANNOTATOR.resolve(t, m.mentions(), List.of(shout, kill), List.of());
    assertEquals("one-estonian-soldier-" + soldier.begin(), out.get(1).arguments().get(0).canonicalId());
  }

  @Test
  void ownIdRolesAreConfigurable() {
    Properties none = new Properties();
    none.setProperty("newsrel_identity.ownIdRoles", "");
    assertEquals("null", resolve(new IdentityAnnotator("newsrel_identity", none), "Captive", "<One prisoner> was freed."));
    Properties sources = new Properties();
    sources.setProperty("newsrel_identity.ownIdRoles", "Source");
    assertEquals("one-prisoner-0", resolve(new IdentityAnnotator("newsrel_identity", sources), "Source",
        "<One prisoner> said it."));
  }

  @Test
  void theEventSidesComeFromTheConfiguredRuleFiles() {
    Properties p = new Properties();
    p.setProperty("newsrel_identity.relations", "capture,nosuch");
    RuntimeException e = assertThrows(RuntimeException.class, () -> new IdentityAnnotator("newsrel_identity", p));
    assertTrue(e.getMessage().contains("newsrel_identity") && e.getMessage().contains("nosuch"), e.getMessage());
  }

  @Test
  void unknownPropertyIsRejected() {
    Properties p = new Properties();
    p.setProperty("newsrel_identity.rolez", "Source");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new IdentityAnnotator("newsrel_identity", p));
    assertTrue(e.getMessage().contains("newsrel_identity.rolez"), e.getMessage());
  }

  @Test
  void rolesOutsideTheListAreLeftAlone() {
    Properties p = new Properties();
    p.setProperty("newsrel_identity.roles", "Captor");
    Marked m = parse("<[PERSON Anna Berglund]> said it.");
    Event e = new Event("Attribution", m.argument(), List.of(Argument.of("Source", m.argument())), List.of(), 1, "t");
    Argument a = new IdentityAnnotator("newsrel_identity", p).resolve(m.text(), m.mentions(), List.of(e))
        .get(0).arguments().get(0);
    assertEquals(null, a.canonicalId());
  }
}
