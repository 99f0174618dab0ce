package org.newsrel.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsrel.NewsrelAnnotations;

/**
 * Capture and Kill on made-up sentences, one per construction and per modality pattern,
 * with negatives; a toy relation defined only in a test rule file; property checks.
 */
class RelationAnnotatorTest {

  static Stream<Arguments> sentences() {
    return Stream.of(
        // Capture constructions: active, passive with and without agent, relative clause, reduced
        // relative, participle, nominal, possessor, title-case headlines, phrase, quantified NP
        Arguments.of("Rebels captured three journalists near the border on Tuesday.",
            List.of("Capture[7,15) captured Asserted | Captive[16,33) three journalists | Captor[0,6) Rebels | Time[53,60) Tuesday")),
        Arguments.of("Two aid workers were captured by militants in the village.",
            List.of("Capture[21,29) captured Asserted | Captive[0,15) Two aid workers | Captor[33,42) militants | Place[46,57) the village")),
        Arguments.of("A British tourist was detained in the capital.",
            List.of("Capture[22,30) detained Asserted | Captive[0,17) A British tourist | Place[34,45) the capital")),
        Arguments.of("The men who were detained by police were released.",
            List.of("Capture[17,25) detained Asserted | Captive[0,7) The men | Captor[29,35) police")),
        Arguments.of("Soldiers captured in the northern province were shown on television.",
            List.of("Capture[9,17) captured Asserted | Captive[0,8) Soldiers | Place[21,42) the northern province")),
        Arguments.of("The captured pilots appeared in a video.",
            List.of("Capture[4,12) captured Asserted | Captive[0,19) The captured pilots")),
        Arguments.of("Officials announced the capture of five fishermen by the coast guard.",
            List.of("Capture[24,31) capture Asserted | Captive[35,49) five fishermen | Captor[53,68) the coast guard")),
        Arguments.of("Police announced his arrest.",
            List.of("Capture[21,27) arrest Asserted | Captive[17,20) his")),
        Arguments.of("Villagers Seize Two Smugglers Near River Crossing",
            List.of("Capture[10,15) Seize Asserted | Captive[16,29) Two Smugglers | Captor[0,9) Villagers")),
        Arguments.of("Border Guards Arrest Three Smugglers",
            List.of("Capture[14,20) Arrest Asserted | Captive[21,36) Three Smugglers | Captor[0,13) Border Guards")),
        Arguments.of("Dozens of fighters were taken prisoner.",
            List.of("Capture[24,38) taken prisoner Asserted | Captive[10,18) fighters")),
        Arguments.of("Police arrested the suspect at the airport on Monday.",
            List.of("Capture[7,15) arrested Asserted | Captive[16,27) the suspect | Captor[0,6) Police | Place[31,42) the airport | Time[46,52) Monday")),
        Arguments.of("One of the captured sailors spoke to reporters.",
            List.of("Capture[11,19) captured Asserted | Captive[7,27) the captured sailors")),
        Arguments.of("Police released footage of the interrogation of three smugglers arrested at the border.",
            List.of("Capture[64,72) arrested Asserted | Captive[48,63) three smugglers | Place[76,86) the border")),
        Arguments.of("Two medics were captured by rebels in the mountains.",
            List.of("Capture[16,24) captured Asserted | Captive[0,10) Two medics | Captor[28,34) rebels | Place[38,51) the mountains")),
        Arguments.of("Rebels captured and killed two soldiers.",
            List.of("Capture[7,15) captured Asserted | Captive[27,39) two soldiers | Captor[0,6) Rebels",
            "Kill[20,26) killed Asserted | Victim[27,39) two soldiers | Killer[0,6) Rebels")),
        // Not captures: things, pictures, territory, a state
        Arguments.of("The photographer captured the moment.", List.of()),
        Arguments.of("The camera captured images of the crash.", List.of()),
        Arguments.of("The army retook ground captured in May.", List.of()),
        Arguments.of("Police seized weapons and cash in the raid.", List.of()),
        Arguments.of("The militia had seized the town in June.", List.of()),
        Arguments.of("The rebels lost territory the army had seized.", List.of()),
        Arguments.of("The prisoners were held in detention.", List.of()),
        Arguments.of("Troops seized control of the airport.", List.of()),
        Arguments.of("The capture of the city was a turning point.", List.of()),
        Arguments.of("Soldiers seized the bridge.", List.of()),
        // Capture modality: Negated, then Hypothetical (modal, conditional, avoid, rather than,
        // before, threat, fear, purpose, risk)
        Arguments.of("No one was arrested.",
            List.of("Capture[11,19) arrested Negated | Captive[0,6) No one")),
        Arguments.of("Nobody was killed in the blast.",
            List.of("Kill[11,17) killed Negated | Victim[0,6) Nobody")),
        Arguments.of("Authorities are expected to arrest more suspects.",
            List.of("Capture[28,34) arrest Hypothetical | Captive[35,48) more suspects | Captor[0,11) Authorities")),
        Arguments.of("Taliban fighters abducted two aid workers near Kabul last week.",
            List.of("Capture[17,25) abducted Asserted | Captive[26,41) two aid workers | Captor[0,16) Taliban fighters"
                + " | Place[47,52) Kabul | Time[53,62) last week")),
        Arguments.of("The suspect was not arrested.",
            List.of("Capture[20,28) arrested Negated | Captive[0,11) The suspect")),
        Arguments.of("The reporter was never detained.",
            List.of("Capture[23,31) detained Negated | Captive[0,12) The reporter")),
        Arguments.of("They escaped without being captured.",
            List.of("Capture[27,35) captured Negated | Captive[0,4) They")),
        Arguments.of("Police failed to arrest the gang leader.",
            List.of("Capture[17,23) arrest Negated | Captive[24,39) the gang leader | Captor[0,6) Police")),
        Arguments.of("The smugglers could be arrested.",
            List.of("Capture[23,31) arrested Hypothetical | Captive[0,13) The smugglers")),
        Arguments.of("If they are caught, they will be arrested.",
            List.of("Capture[33,41) arrested Hypothetical | Captive[20,24) they")),
        Arguments.of("Fighters fled to avoid capture.",
            List.of("Capture[23,30) capture Hypothetical | Captive[0,8) Fighters")),
        Arguments.of("The guerrillas were ordered to kill themselves rather than be taken prisoner.",
            List.of("Kill[31,35) kill Hypothetical | Victim[36,46) themselves | Killer[0,14) The guerrillas",
            "Capture[62,76) taken prisoner Hypothetical | Captive[0,14) The guerrillas")),
        Arguments.of("The fighters were told to commit suicide before being captured.",
            List.of("Kill[33,40) suicide Hypothetical | Victim[0,12) The fighters",
            "Capture[54,62) captured Hypothetical | Captive[0,12) The fighters")),
        Arguments.of("One fighter, facing the threat of being captured by the rebels, detonated a grenade.",
            List.of("Capture[40,48) captured Hypothetical | Captive[0,11) One fighter | Captor[52,62) the rebels")),
        Arguments.of("Deserters fear arrest.",
            List.of("Capture[15,21) arrest Hypothetical | Captive[0,9) Deserters")),
        Arguments.of("The unit sent patrols to arrest deserters.",
            List.of("Capture[25,31) arrest Hypothetical | Captive[32,41) deserters | Captor[14,21) patrols")),
        Arguments.of("Many smugglers risk capture at sea.",
            List.of("Capture[20,27) capture Hypothetical | Place[31,34) sea")),
        // Kill: a split noun phrase, a place through "the war in X"
        Arguments.of("The gangs often execute their own wounded.",
            List.of("Kill[16,23) execute Asserted | Victim[24,41) their own wounded | Killer[0,9) The gangs")),
        Arguments.of("Officials said 40 rebels have been killed and 90 wounded in the war in Yemen.",
            List.of("Kill[35,41) killed Asserted | Victim[15,24) 40 rebels | Place[71,76) Yemen")),
        // Kill: shot and killed, active, passive, "died" is not a kill, suicide headline, execution,
        // own lives, inanimate victim, negation, attempt
        Arguments.of("He was shot and killed by a sniper.",
            List.of("Kill[16,22) killed Asserted | Victim[0,2) He | Killer[26,34) a sniper")),
        Arguments.of("The attack killed 17 soldiers and wounded dozens.",
            List.of("Kill[11,17) killed Asserted | Victim[18,29) 17 soldiers | Killer[0,10) The attack")),
        Arguments.of("Over 500 soldiers have been killed in the fighting.",
            List.of("Kill[28,34) killed Asserted | Victim[5,17) 500 soldiers")),
        Arguments.of("Many civilians died in the flood.", List.of()),
        Arguments.of("Guerrillas Ordered to Commit Suicide to Avoid Capture",
            List.of("Kill[29,36) Suicide Hypothetical | Victim[0,10) Guerrillas",
            "Capture[46,53) Capture Hypothetical | Captive[0,10) Guerrillas")),
        Arguments.of("The prisoners were executed at dawn.",
            List.of("Kill[19,27) executed Asserted | Victim[0,13) The prisoners | Time[31,35) dawn")),
        Arguments.of("The recruits took their own lives.",
            List.of("Kill[13,33) took their own lives Asserted | Victim[0,12) The recruits")),
        Arguments.of("The storm killed the deal.", List.of()),
        Arguments.of("The gunmen did not kill the hostages.",
            List.of("Kill[19,23) kill Negated | Victim[24,36) the hostages | Killer[0,10) The gunmen")),
        Arguments.of("Soldiers attempting suicide were treated in a hospital.",
            List.of("Kill[20,27) suicide Hypothetical | Victim[0,8) Soldiers")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sentences")
  void extractsTheEventsOfASentence(String sentence, List<String> expected) {
    assertEquals(expected, RelationTestPipeline.events(RelationTestPipeline.annotate(sentence)));
  }

  @Test
  void aRelationDefinedOnlyInARuleFileWorksWithoutJavaChanges() {
    Annotation doc = RelationTestPipeline.annotate(
        "Lifeguards rescued two swimmers in the river. The climbers were not rescued.");
    Properties p = new Properties();
    p.setProperty("toy.relations", "org/newsrel/relation/rescue.rules");
    new RelationAnnotator("toy", p).annotate(doc);
    assertEquals(List.of(
        "Rescue[11,18) rescued Asserted | Rescued[19,31) two swimmers | Rescuer[0,10) Lifeguards | Place[35,44) the river",
        "Rescue[68,75) rescued Negated | Rescued[46,58) The climbers"),
        doc.get(NewsrelAnnotations.RelationEventsAnnotation.class).stream().map(RelationTestPipeline::compact).toList());
  }

  @Test
  void onlyTheListedRelationsAreLoaded() {
    Properties p = new Properties();
    p.setProperty("rel.relations", "kill");
    RelationAnnotator annotator = new RelationAnnotator("rel", p);
    assertEquals(List.of("Kill"), annotator.relations().stream().map(RelationRules::type).toList());
    Annotation doc = RelationTestPipeline.annotate("Rebels captured and killed two soldiers.");
    annotator.annotate(doc);
    List<String> events = RelationTestPipeline.events(doc);
    assertEquals(1, events.size(), events.toString());
    assertTrue(events.get(0).startsWith("Kill["), events.toString());
  }

  @Test
  void unknownPropertiesAreRejected() {
    Properties p = new Properties();
    p.setProperty("rel.relatoins", "capture");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RelationAnnotator("rel", p));
    assertTrue(e.getMessage().contains("Unknown properties for annotator rel: [rel.relatoins]"), e.getMessage());
  }

  @Test
  void aBrokenRuleFileNamesTheAnnotatorFileAndLine() {
    Properties p = new Properties();
    p.setProperty("rel.relations", "capture,org/newsrel/relation/broken.rules");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RelationAnnotator("rel", p));
    assertTrue(e.getMessage().startsWith("Annotator rel: org/newsrel/relation/broken.rules line 7: "), e.getMessage());
  }
}
