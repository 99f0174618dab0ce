package org.newsrel.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsrel.core.Argument;
import org.newsrel.core.DocumentLayers;
import org.newsrel.core.EntityMention;
import org.newsrel.core.Event;
import org.newsrel.core.TextSpan;
import org.newsrel.pipeline.NewsrelPipeline;

/**
 * Identity on made-up news through the whole shared pipeline (issue 19: the library tried as
 * a new user would, on text it had never seen): captors are not their captives, a speaker
 * written as a possessor, a title and a name is the person, a definite description is the
 * person its appositive describes, and "the ministry" is the one ministry named. Every
 * sentence is made up; each row is one input and the whole expected rendering: the Source,
 * Captor, Captive, Killer and Victim arguments and the GROUP mentions that are no argument,
 * in text order, each with its document-level id.
 */
class MadeUpNewsIdentityTest {

  private static final Set<String> ROLES = Set.of("Source", "Captor", "Captive", "Killer", "Victim");

  private record Item(TextSpan span, String rendered) {}

  private static String render(String text) {
    DocumentLayers d = NewsrelPipeline.annotate(NewsrelPipeline.shared(), "test", text);
    List<Item> items = new ArrayList<>();
    List<TextSpan> argumentSpans = new ArrayList<>();
    List<Event> events = new ArrayList<>(d.attributions());
    events.addAll(d.relations());
    for (Event e : events) {
      for (Argument a : e.arguments()) {
        if (ROLES.contains(a.role())) {
          TextSpan span = TextSpan.of(text, a.begin(), a.end());
          argumentSpans.add(span);
          items.add(new Item(span, a.role() + " " + span.text() + "=" + a.canonicalId()));
        }
      }
    }
    for (EntityMention m : d.entities()) {
      if (m.type().equals("GROUP") && !argumentSpans.contains(m.span())) {
        items.add(new Item(m.span(), "GROUP " + m.span().text() + "=" + m.canonicalId()));
      }
    }
    return items.stream().sorted(Comparator.comparing(Item::span)).map(Item::rendered)
        .collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // --- captors are not their captives, whether named after them or before them
      "Two soldiers were captured by fighters near the river on Monday."
          + " | Captive Two soldiers=captured-troops; Captor fighters=troops",
      "Fighters captured two soldiers near the village of Ostra on Sunday.\\n\\nThe fighters later released a video."
          + " | Captor Fighters=troops; Captive two soldiers=captured-troops; GROUP fighters=troops",
      "Five fighters were seized by soldiers at a checkpoint near Tarso on Friday."
          + " | Captive Five fighters=captured-troops; Captor soldiers=troops",
      // --- a possessor, a title and a name: the speaker is the person, not the country
      "Peru's energy minister, Lucia Paredes, said on Monday that fuel prices would be frozen."
          + " | Source Peru's energy minister, Lucia Paredes,=lucia-paredes",
      "Ghana's health minister, Kwame Asante, said the clinics would reopen."
          + " | Source Ghana's health minister, Kwame Asante,=kwame-asante",
      // --- a definite description is the person its appositive describes
      "Idris Maiga, a senior rebel commander, said his men had left the hills. The commander added that talks"
          + " would resume in May. | Source Idris Maiga, a senior rebel commander,=idris-maiga;"
          + " Source The commander=idris-maiga",
      "Yusuf Demir, a spokesman for the coalition, said the vote would go ahead. The spokesman added that turnout"
          + " would be high. | Source Yusuf Demir, a spokesman for the coalition,=yusuf-demir;"
          + " Source The spokesman=yusuf-demir",
      // --- "the ministry" is the ministry named before, also when its name is "Ministry of Foo"
      "The Ministry of Foreign Affairs summoned the ambassador on Monday. The ministry said the remarks were"
          + " unacceptable. | Source The ministry=ministry-of-foreign-affairs",
  })
  void identityOnMadeUpNews(String text, String expected) {
    assertEquals(expected, render(text.replace("\\n", "\n")));
  }
}
