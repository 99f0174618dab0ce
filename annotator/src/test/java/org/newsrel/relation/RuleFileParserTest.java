package org.newsrel.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsrel.relation.RelationRules.ArgumentKind;
import org.newsrel.relation.RelationRules.TriggerClass;

/** The rule-file parser, without models. */
class RuleFileParserTest {

  private final RuleFileParser parser = new RuleFileParser("newsrel_relations");

  @Test
  void builtInRelationsLoadFromTheClasspath() {
    RelationRules capture = parser.load("capture");
    RelationRules kill = parser.load("kill");
    assertEquals("Capture", capture.type());
    assertEquals(List.of("Captive", "Captor", "Place", "Time"), capture.roles());
    assertEquals("Kill", kill.type());
    assertEquals(List.of("Victim", "Killer", "Place", "Time"), kill.roles());
    assertTrue(capture.triggers().size() > 10);
    assertTrue(kill.modalities().size() > 5);
  }

  @Test
  void builtInRelationsDeclareTheirSides() {
    assertEquals(new RelationRules.Sides("Captor", "Captive", "captured"), parser.load("capture").sides());
    assertEquals(new RelationRules.Sides("Killer", "Victim", "killed"), parser.load("kill").sides());
    assertEquals(null, parser.load("org/newsrel/relation/rescue.rules").sides());
  }

  @Test
  void aSidesLineNamesTheAgentTheAffectedPartyAndItsRole() {
    RelationRules r = parser.parse("toy.rules", List.of(
        "relation Toy",
        "roles Patient Agent",
        "trigger verb grab",
        "sides agent=Agent affected=Patient affected-role=grabbed"));
    assertEquals(new RelationRules.Sides("Agent", "Patient", "grabbed"), r.sides());
  }

  @Test
  void aMalformedSidesLineIsNamedWithFileAndLine() {
    IllegalArgumentException unknownRole = assertThrows(IllegalArgumentException.class, () -> parser.parse(
        "toy.rules", List.of("relation Toy", "roles Patient Agent", "trigger verb grab",
            "sides agent=Grabber affected=Patient affected-role=grabbed")));
    assertEquals("Annotator newsrel_relations: toy.rules line 4: unknown role 'Grabber' (roles: [Patient, Agent])",
        unknownRole.getMessage());
    IllegalArgumentException shape = assertThrows(IllegalArgumentException.class, () -> parser.parse(
        "toy.rules", List.of("relation Toy", "roles Patient Agent", "sides Agent Patient", "trigger verb grab")));
    assertTrue(shape.getMessage().startsWith("Annotator newsrel_relations: toy.rules line 3: expected 'sides agent="),
        shape.getMessage());
  }

  @Test
  void aRelationCanBeLoadedByPath() {
    RelationRules rescue = parser.load("org/newsrel/relation/rescue.rules");
    assertEquals("Rescue", rescue.type());
  }

  @Test
  void lexiconsExpandIntoPatternsAndTriggerOptionsAreRead() {
    RelationRules r = parser.parse("toy.rules", List.of(
        "relation Toy",
        "roles Patient Agent",
        "lexicon VERBS avoid evade   # two words",
        "lexicon VERBS fear",
        "trigger verb grab +strict",
        "trigger noun grab +needs=Patient",
        "trigger phrase take _ *hold",
        "arg Patient person : {}=trigger >obj {}=arg",
        "modality Hypothetical : {}=trigger <obj {lemma:@VERBS}"));
    assertEquals("{}=trigger <obj {lemma:/(?i)avoid|evade|fear/}", r.modalities().get(0).patternText());
    assertEquals(ArgumentKind.PERSON, r.arguments().get(0).kind());
    assertTrue(r.triggers().get(0).strict());
    assertEquals("Patient", r.triggers().get(1).needs());
    assertEquals(TriggerClass.PHRASE, r.triggers().get(2).triggerClass());
    assertEquals(List.of("take", "_", "hold"), r.triggers().get(2).lemmas());
    assertEquals(2, r.triggers().get(2).head());
    assertEquals("Asserted", r.defaultModality());
  }

  static Stream<Arguments> malformedRules() {
    return Stream.of(
        Arguments.of("arg Patient person : {}=trigger >obj {}=arg (", 4, "bad Semgrex pattern"),
        Arguments.of("arg Nobody person : {}=trigger >obj {}=arg", 4, "unknown role 'Nobody'"),
        Arguments.of("arg Patient alive : {}=trigger >obj {}=arg", 4, "unknown ArgumentKind 'alive'"),
        Arguments.of("arg Patient person : {}=trigger >obj {}", 4, "must name the nodes =trigger and =arg"),
        Arguments.of("arg Patient person {}=trigger >obj {}=arg", 4, "expected ' : '"),
        Arguments.of("modality Maybe : {}=trigger >aux {}", 4, "expected 'modality VALUE : PATTERN'"),
        Arguments.of("modality Negated : {}=trigger >aux {lemma:@NOPE}", 4, "unknown lexicon @NOPE"),
        Arguments.of("trigger adverb grab", 4, "unknown TriggerClass 'adverb'"),
        Arguments.of("trigger verb grab +often", 4, "unknown trigger option '+often'"),
        Arguments.of("trigger verb grab +modifies=@NOPE", 4, "+modifies is for adj triggers only"),
        Arguments.of("trigger adj grabbed +modifies=@NOPE", 4, "+modifies names no defined lexicon: '@NOPE'"),
        Arguments.of("triggers verb grab", 4, "unknown keyword 'triggers'"));
  }

  @ParameterizedTest
  @MethodSource("malformedRules")
  void aMalformedRuleIsReportedWithAnnotatorFileAndLine(String badLine, int line, String message) {
    List<String> lines = List.of("relation Toy", "roles Patient Agent", "# a comment", badLine,
        "trigger verb grab");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parser.parse("toy.rules", lines));
    assertTrue(e.getMessage().startsWith("Annotator newsrel_relations: toy.rules line " + line + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void anAdjTriggerCanBeLimitedToTheNounsItModifies() {
    RelationRules r = parser.parse("toy.rules", List.of("relation Toy", "roles Patient",
        "lexicon ACTS shooting stabbing", "trigger adj fatal +modifies=@ACTS", "trigger adj dead"));
    assertTrue(r.triggers().get(0).modifies().matcher("stabbing").matches());
    assertTrue(!r.triggers().get(0).modifies().matcher("error").matches());
    assertEquals(null, r.triggers().get(1).modifies());
  }

  @Test
  void aFileWithoutTriggersIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> parser.parse("empty.rules", List.of("relation Toy", "roles A")));
    assertTrue(e.getMessage().contains("empty.rules line 2: no 'trigger' line"), e.getMessage());
  }

  @Test
  void anUnknownRelationNameIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parser.load("rescues"));
    assertTrue(e.getMessage().contains("Annotator newsrel_relations: no rule file 'rescues'"), e.getMessage());
  }

  @Test
  void aHashInsideARegexIsNotAComment() {
    RelationRules r = parser.parse("toy.rules", List.of(
        "relation Toy", "roles A", "trigger verb grab",
        "arg A any : {}=trigger >obj {word:/#x/}=arg  # comment"));
    assertEquals("{}=trigger >obj {word:/#x/}=arg", r.arguments().get(0).patternText());
  }

  @Test
  void inflectionsCoverRegularVerbForms() {
    assertTrue(RelationExtractor.inflections("capture").containsAll(List.of("captures", "captured", "capturing")));
    assertTrue(RelationExtractor.inflections("arrest").containsAll(List.of("arrests", "arrested", "arresting")));
  }
}
