package org.newsrel.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Capture and Kill phenomena of real news that the first rules missed (issue 20), one
 * made-up sentence or pair of sentences per row: confinement verbs, nominal triggers with
 * of- and by-phrases, "taken prisoner", places and agents outside the trigger's clause or
 * sentence, and generic, alleged and threatened events (Hypothetical). Decisions:
 * gold/GUIDELINES.md sections 4.1, 4.3, 5.1, 5.2.
 */
class NewsPhenomenaTest {

  static Stream<Arguments> confinementAndCapture() {
    return Stream.of(
        Arguments.of("The court jailed the blogger for six years.",
            List.of("Capture[10,16) jailed Asserted | Captive[17,28) the blogger | Captor[0,9) The court")),
        Arguments.of("A local journalist was imprisoned in the capital.",
            List.of("Capture[23,33) imprisoned Asserted | Captive[0,18) A local journalist | Place[37,48) the capital")),
        Arguments.of("The state incarcerates thousands of migrants every year.",
            List.of("Capture[10,22) incarcerates Asserted | Captive[36,44) migrants | Captor[0,9) The state | Time[45,55) every year")),
        Arguments.of("The jailed reporter began a hunger strike.",
            List.of("Capture[4,10) jailed Asserted | Captive[0,19) The jailed reporter")),
        Arguments.of("He faces ten years in prison.", List.of()),
        Arguments.of("The protesters were thrown in jail by the police.",
            List.of("Capture[20,34) thrown in jail Asserted | Captive[0,14) The protesters | Captor[38,48) the police")),
        Arguments.of("Three fishermen were taken prisoner by pirates.",
            List.of("Capture[21,35) taken prisoner Asserted | Captive[0,15) Three fishermen | Captor[39,46) pirates")),
        Arguments.of("The militia stormed the village and detained the mayor.",
            List.of("Capture[36,44) detained Asserted | Captive[45,54) the mayor | Captor[0,11) The militia")),
        Arguments.of("Riots broke out in Nairobi on Friday. Police arrested twelve protesters.",
            List.of("Capture[45,53) arrested Asserted | Captive[54,71) twelve protesters | Captor[38,44) Police | Place[19,26) Nairobi")),
        // the sentence names its own place: nothing is inherited
        Arguments.of("Riots broke out in Nairobi on Friday. Police arrested twelve protesters in Mombasa.",
            List.of("Capture[45,53) arrested Asserted | Captive[54,71) twelve protesters | Captor[38,44) Police"
                + " | Place[75,82) Mombasa")),
        Arguments.of("Anyone who captures enemy soldiers will be rewarded.",
            List.of("Capture[11,19) captures Hypothetical | Captive[20,34) enemy soldiers | Captor[0,6) Anyone")),
        Arguments.of("The pilots chose to eject rather than risk being captured.",
            List.of("Capture[49,57) captured Hypothetical | Captive[0,10) The pilots")),
        Arguments.of("The driver was suspected of kidnapping two tourists.",
            List.of("Capture[28,38) kidnapping Hypothetical | Captive[39,51) two tourists | Captor[0,10) The driver")));
  }

  static Stream<Arguments> kills() {
    return Stream.of(
        Arguments.of("The massacre of the villagers by the militia shocked the country.",
            List.of("Kill[4,12) massacre Asserted | Victim[16,29) the villagers | Killer[33,44) the militia")),
        Arguments.of("The Armenian genocide is remembered every April.",
            List.of("Kill[13,21) genocide Asserted")),
        Arguments.of("The city's homicide rate doubled last year.",
            List.of("Kill[11,19) homicide Hypothetical")),
        Arguments.of("The fatal shooting of a teenager by an officer sparked protests.",
            List.of("Kill[4,9) fatal Asserted | Victim[22,32) a teenager | Killer[36,46) an officer")),
        Arguments.of("The error proved fatal for the company.", List.of()),
        Arguments.of("Troops slaughtered dozens of civilians.",
            List.of("Kill[7,18) slaughtered Asserted | Victim[29,38) civilians | Killer[0,6) Troops")),
        Arguments.of("Two soldiers were slain near the border.",
            List.of("Kill[18,23) slain Asserted | Victim[0,12) Two soldiers | Place[29,39) the border")),
        Arguments.of("The guards were shot dead by the gang.",
            List.of("Kill[16,25) shot dead Asserted | Victim[0,10) The guards | Killer[29,37) the gang")),
        Arguments.of("The rebels threatened to kill the hostages.",
            List.of("Kill[25,29) kill Hypothetical | Victim[30,42) the hostages | Killer[0,10) The rebels")),
        Arguments.of("The farmer was charged with the murder of his neighbour.",
            List.of("Kill[32,38) murder Hypothetical | Victim[42,55) his neighbour | Killer[0,10) The farmer")),
        Arguments.of("Anyone who kills a soldier will be hunted down.",
            List.of("Kill[11,16) kills Hypothetical | Victim[17,26) a soldier | Killer[0,6) Anyone")),
        Arguments.of("The gunman entered the school and killed six pupils.",
            List.of("Kill[34,40) killed Asserted | Victim[41,51) six pupils | Killer[0,10) The gunman")),
        Arguments.of("Fighting raged in Baghdad for a week. Dozens of civilians were killed.",
            List.of("Kill[63,69) killed Asserted | Victim[48,57) civilians | Place[18,25) Baghdad")),
        Arguments.of("Last year Nairobi recorded 500 homicides.",
            List.of("Kill[31,40) homicides Asserted | Place[10,17) Nairobi")),
        // the death is a fact; only who caused it is alleged: Asserted
        Arguments.of("A grand jury indicted the officer for the fatal shooting of a student.",
            List.of("Kill[42,47) fatal Asserted | Victim[60,69) a student | Killer[22,33) the officer")),
        // one event: the verb in the relative clause restates the noun
        Arguments.of("The 1990 massacre, in which hundreds of villagers were killed by soldiers, was remembered.",
            List.of("Kill[9,17) massacre Asserted | Victim[40,49) villagers | Killer[65,73) soldiers")),
        // a venue is a place; so is the place of a named military action
        Arguments.of("A gunman killed three people at a nightclub.",
            List.of("Kill[9,15) killed Asserted | Victim[16,28) three people | Killer[0,8) A gunman | Place[32,43) a nightclub")),
        Arguments.of("Forty people were killed in military action in Baghdad.",
            List.of("Kill[18,24) killed Asserted | Victim[0,12) Forty people | Place[47,54) Baghdad")),
        Arguments.of("Survivors of the Holocaust met the minister.",
            List.of("Kill[17,26) Holocaust Asserted")),
        Arguments.of("Many people died in the fire.", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("confinementAndCapture")
  void captures(String text, List<String> expected) {
    assertEquals(expected, RelationTestPipeline.events(RelationTestPipeline.annotate(text)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kills")
  void kills(String text, List<String> expected) {
    assertEquals(expected, RelationTestPipeline.events(RelationTestPipeline.annotate(text)));
  }
}
