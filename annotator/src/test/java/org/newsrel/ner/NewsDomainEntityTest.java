package org.newsrel.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsrel.core.EntityMention;
import org.newsrel.pipeline.NewsrelPipeline;

/**
 * The named layer on news outside the war domain the rules were first written for: sport,
 * business, politics and conflict, ALL-CAPS headlines and datelines. Every sentence is
 * made up (none is taken from the gold or dev texts); each row is one input and the whole
 * expected rendering of its PERSON, ORGANIZATION, LOCATION and NATIONALITY mentions in
 * text order, as CoNLL-2003 / OntoNotes and {@code gold/GUIDELINES.md} label them (clubs,
 * leagues and companies ORGANIZATION; a place name LOCATION even when it stands for a
 * national team, guideline 1.1.8).
 */
class NewsDomainEntityTest {

  private static final Set<String> NAMED = Set.of("PERSON", "ORGANIZATION", "LOCATION", "NATIONALITY");

  private static String render(String text) {
    return NewsrelPipeline.annotate(NerTestPipeline.get(), "test", text).entities().stream()
        .filter(m -> NAMED.contains(m.type()))
        .sorted(Comparator.comparing(EntityMention::span).thenComparing(EntityMention::type))
        .map(m -> m.type() + " " + m.span().text())
        .collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // --- sport: a sentence dense with club names is running text, not a headline
      "Liverpool beat Chelsea 2-1 at Anfield on Saturday."
          + " | ORGANIZATION Liverpool; ORGANIZATION Chelsea; LOCATION Anfield",
      // (known misses, not in the table: "Manchester United and Arsenal drew" comes out as one
      // ORGANIZATION, as in stock CoreNLP; "Arsenal drew 0-0 at home" misses Arsenal)
      "The Chicago Bulls lost to the Boston Celtics in the NBA."
          + " | ORGANIZATION Chicago Bulls; ORGANIZATION Boston Celtics; ORGANIZATION NBA",
      "Blackburn Rovers signed a defender from Bolton Wanderers for an undisclosed fee."
          + " | ORGANIZATION Blackburn Rovers; ORGANIZATION Bolton Wanderers",
      // a nationality word as the subject of a verb is the team
      "Czech beat Poland 3-1 in the semi-final in Prague."
          + " | ORGANIZATION Czech; LOCATION Poland; LOCATION Prague",
      // a dateline in capitals is a place; a club named after a city is a club
      // (known miss, not in the table: in "Lazio beat Roma" the 3-class model reads Lazio as a person)
      "ROME 1996-08-22\\nRoma won the derby on Sunday."
          + " | LOCATION ROME; ORGANIZATION Roma",
      "Leeds 0 Newcastle 0\\nEverton 2 Fulham 1"
          + " | ORGANIZATION Leeds; ORGANIZATION Newcastle; ORGANIZATION Everton; ORGANIZATION Fulham",
      "Real Madrid's coach praised the Spanish Football Federation on Tuesday."
          + " | ORGANIZATION Real Madrid; ORGANIZATION Spanish Football Federation",
      // --- business: companies, desks, exchanges, legal forms
      "Shell and BP raised their dividends after oil prices rose."
          + " | ORGANIZATION Shell; ORGANIZATION BP",
      "Exxon Mobil said profits fell, while Chevron reported higher output."
          + " | ORGANIZATION Exxon Mobil; ORGANIZATION Chevron",
      "Toyota Motor Corp plans to build a plant in Kentucky."
          + " | ORGANIZATION Toyota Motor Corp; LOCATION Kentucky",
      "Vantor Petroleum and Delmer Airlines reported losses for the third quarter."
          + " | ORGANIZATION Vantor Petroleum; ORGANIZATION Delmer Airlines",
      "The Bank of Norway raised rates, the Norwegian central bank said."
          + " | ORGANIZATION Bank of Norway; NATIONALITY Norwegian",
      "BONN 1996-08-23\\nThe Bundesbank left rates unchanged, a spokesman said."
          + " | LOCATION BONN; ORGANIZATION Bundesbank",
      // a time zone is no organisation
      "Trading ended at 1600 GMT with the dollar lower." + " | ",
      // --- politics: an ALL-CAPS headline keeps the person; titles and nationalities apart
      "KOHL SAYS EURO WILL COME ON TIME." + " | PERSON KOHL",
      "Chancellor Helmut Kohl met French President Jacques Chirac in Paris."
          + " | PERSON Helmut Kohl; NATIONALITY French; PERSON Jacques Chirac; LOCATION Paris",
      "The European Commission fined Microsoft, Reuters reported."
          + " | ORGANIZATION European Commission; ORGANIZATION Microsoft; ORGANIZATION Reuters",
      // a court title stays outside the name
      // (known misses, not in the table: neither CRF tags the made-up speaker label "ADAMS:",
      // the credit "Reuters/AFP" or the person "Ann Cuban", so the speaker-label, slash and
      // surname rules have nothing to keep; they are measured on gold/ner-dev)
      "Justice Ruth Miller wrote the opinion for the court." + " | PERSON Ruth Miller",
      // a leading article is outside the name
      "The Ministry of Justice said the Daily Courier had published false figures."
          + " | ORGANIZATION Ministry of Justice; ORGANIZATION Daily Courier",
      // a name the rules split keeps no function word or possessive at its new edges
      "Richard Brand, director of the Institute for Water Policy at New York University’s law school, said the"
          + " states were wrong. | PERSON Richard Brand; ORGANIZATION Institute for Water Policy;"
          + " ORGANIZATION New York University",
      // a transcript's turns: the ALL-CAPS speakers are people, the role is not
      "Partial transcript:\\nHARTLEY: Let us start with the budget.\\nMORROW: The budget is a disaster.\\n"
          + "HARTLEY: Do you believe that?\\nMORROW: I do.\\nQUESTION: And taxes?\\nQUESTION: Any more?"
          + " | PERSON HARTLEY; PERSON MORROW; PERSON HARTLEY; PERSON MORROW",
      // --- conflict
      "Rebels attacked a convoy near Goma, the United Nations said."
          + " | LOCATION Goma; ORGANIZATION United Nations",
      "Hamas fired rockets at Israel, the Israeli army said."
          + " | ORGANIZATION Hamas; LOCATION Israel; NATIONALITY Israeli",
  })
  void namedMentions(String text, String expected) {
    // a literal backslash-n in the table is a line break
    assertEquals(expected == null ? "" : expected.strip(), render(text.strip().replace("\\n", "\n")));
  }
}
