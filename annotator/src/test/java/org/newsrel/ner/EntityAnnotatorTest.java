package org.newsrel.ner;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.function.Executable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsrel.core.DocumentLayers;
import org.newsrel.pipeline.NewsrelPipeline;

/**
 * The entity rules on made-up sentences, through {@link NerTestPipeline}. Each row: a text,
 * mentions that must be present and mentions that must be absent, as
 * {@code TYPE text} (any id) or {@code TYPE text =id}, separated by {@code ;}.
 */
class EntityAnnotatorTest {

  private static List<String> mentions(String text) {
    DocumentLayers layers = NewsrelPipeline.annotate(NerTestPipeline.get(), "test", text);
    return layers.entities().stream()
        .map(m -> m.type() + " " + m.span().text() + (m.canonicalId() == null ? "" : " =" + m.canonicalId()))
        .collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // acronym defined in parentheses, linked to its expansion, also when used later
      "The Federal Water Agency (FWA) said on Tuesday that the FWA would close three dams."
          + " | ORGANIZATION Federal Water Agency =federal-water-agency; ORGANIZATION FWA =federal-water-agency"
          + " | LOCATION FWA; PERSON FWA",
      // a capitalised phrase ending in an organisation head is one organisation (no leading article)
      "He joined the Green Future Party in 2019 and later the Norland Border Guard."
          + " | ORGANIZATION Green Future Party; DATE 2019; ORGANIZATION Norland Border Guard"
          + " | ORGANIZATION the Green Future Party",
      // GROUP from the parse: numeral + nationality + plural person noun, nested labels
      "Three Estonian soldiers were wounded near the river on Friday."
          + " | GROUP Three Estonian soldiers =estonian-troops; NUMBER Three; NATIONALITY Estonian"
          + " | GROUP soldiers",
      // possessive determiners and relative clauses stay outside the GROUP span
      "Their Polish commanders, who were tired, left the base."
          + " | GROUP Polish commanders; NATIONALITY Polish"
          + " | GROUP Their Polish commanders",
      // approximators stay outside GROUP and NUMBER
      "About 5,000 Chinese troops crossed the border."
          + " | GROUP 5,000 Chinese troops; NUMBER 5,000; NATIONALITY Chinese"
          + " | GROUP About 5,000 Chinese troops",
      // predicate nominals and singular nouns are not GROUP
      "The men served as volunteers, and one soldier stayed behind."
          + " | NUMBER one"
          + " | GROUP volunteers; GROUP soldier; GROUP one soldier",
      // titles before names are separate from the name; nationality before the title
      "Finnish President Sanna Virtanen met the envoy in Helsinki."
          + " | NATIONALITY Finnish; TITLE President; PERSON Sanna Virtanen =sanna-virtanen"
          + " | PERSON President Sanna Virtanen",
      // a title in apposition to a name
      "Marta Kowalczyk, a spokesperson for the ministry, declined to comment."
          + " | PERSON Marta Kowalczyk; TITLE spokesperson"
          + " | GROUP spokesperson",
      // multiword nationalities
      "South Korean officials met North Korean diplomats at the border."
          + " | NATIONALITY South Korean; NATIONALITY North Korean; GROUP South Korean officials"
          + " | NATIONALITY Korean; LOCATION North",
      // nationality inside a hyphenated word
      "The army showed an Iranian-made drone." + " | NATIONALITY Iranian" + " | ",
      // unknown place name before a generic head
      "Fighting continued in the Zelvora region and the Zelvora border areas."
          + " | LOCATION Zelvora region" + " | ",
      // pronouns are never entities
      "He said she would come back with them." + " | " + " | PERSON He; PERSON she",
      // vague time is not a DATE; calendar dates are
      "The talks ended recently and resumed on March 3." + " | DATE March 3" + " | DATE recently",
      // dates: coordinated years are two DATEs; decades and hyphenated months SUTime misses
      "The dam was built between 1998 and 2003, rebuilt in the late 1980s style and opened in mid-April."
          + " | DATE 1998; DATE 2003; DATE mid-April" + " | DATE 1998 and 2003",
      "Flooding began in the late 1980s - and lasted." + " | DATE late 1980s" + " | DATE the late 1980s",
      // a dateline split by a dash is one DATE
      "Posted Feb.3 - 2024 9:15 AM CET" + " | DATE Feb.3 - 2024 9:15 AM CET" + " | DATE Feb.3",
      // a web name is the organisation that runs the site
      "Photo: Erik Lind / Picturebank.com" + " | ORGANIZATION Picturebank.com" + " | PERSON Picturebank.com",
      "Visit the site at picturebank.com today." + " | " + " | ORGANIZATION picturebank.com",
      // a seat of government stands for the government, except as a place after a place preposition
      "Kremlin spokesman Ivan Sorokin denied the report." + " | ORGANIZATION Kremlin; PERSON Ivan Sorokin"
          + " | LOCATION Kremlin",
      "The White House said on Monday that the talks would resume." + " | ORGANIZATION White House"
          + " | LOCATION White House",
      "The two leaders met at the Kremlin on Friday." + " | " + " | ORGANIZATION Kremlin",
      // a collective singular heads a GROUP; a describing comparative stays in it
      "The men were part of a larger contingent sent to the front." + " | GROUP larger contingent"
          + " | GROUP contingent",
      "Fewer soldiers returned this year." + " | GROUP soldiers" + " | GROUP Fewer soldiers",
      // "individuals" is a group head like "soldiers"
      "The police questioned these individuals for hours." + " | GROUP individuals" + " | GROUP these individuals",
      // an adjective as a plural noun after a possessive; not after a numeral
      "The rebels often abandon their own wounded in the forest." + " | GROUP wounded"
          + " | GROUP own wounded; GROUP their own wounded",
      "Twelve soldiers were killed and 40 wounded in the attack." + " | NUMBER 40" + " | GROUP 40 wounded; GROUP wounded",
      "Nurses cared for the injured overnight." + " | GROUP injured" + " | GROUP the injured",
      // a gerund after a preposition is a verb, not a modifier of the group
      "Estonia has not fought abroad since sending troops to Mali in 2015." + " | GROUP troops"
          + " | GROUP sending troops",
      "The report relied on testimony from attending legislators." + " | GROUP attending legislators"
          + " | GROUP legislators",
      // a common noun before the nationality is not part of the group
      "The war created situations Estonian soldiers had never seen before." + " | GROUP Estonian soldiers"
          + " | GROUP situations Estonian soldiers",
      // ordinals stay inside; headline modifiers the parse leaves off are taken in
      "The first Estonian soldiers arrived on Monday." + " | GROUP first Estonian soldiers" + " | GROUP Estonian soldiers",
      "Captured Estonian Soldiers Ask To Stay In Finland\\nThe two men spoke on Monday."
          + " | GROUP Captured Estonian Soldiers" + " | GROUP Soldiers; GROUP Estonian Soldiers",
      // "prisoners of war" is one head; its id is that of the prisoners
      "The army freed 40 Estonian prisoners of war, and the Estonian prisoners went home." // one id for both forms
          + " | GROUP 40 Estonian prisoners of war =estonian-prisoners; GROUP Estonian prisoners =estonian-prisoners"
          + " | GROUP 40 Estonian prisoners",
      // a section label alone on its line is no organisation
      "News\\nThe ministry said on Monday that the dam would close." + " | " + " | ORGANIZATION News",
      // a surname meets the full name in the document
      "Anna Berglund arrived in Oslo. Berglund said the plan was ready."
          + " | PERSON Anna Berglund =anna-berglund; PERSON Berglund =anna-berglund" + " | ",
  })
  void entityRules(String text, String present, String absent) {
    // a literal backslash-n in the table is a line break
    List<String> withIds = mentions(text.strip().replace("\\n", "\n"));
    List<String> got = new java.util.ArrayList<>(withIds);
    withIds.forEach(m -> got.add(m.replaceAll(" =\\S+$", "")));
    Executable[] checks = java.util.stream.Stream.concat(
        split(present).stream().map(p -> (Executable) () -> assertTrue(got.contains(p), p + " missing in " + got)),
        split(absent).stream().map(a -> (Executable) () -> assertFalse(got.contains(a), a + " present in " + got)))
        .toArray(Executable[]::new);
    assertAll(checks);
  }

  private static List<String> split(String s) {
    if (s == null || s.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(s.split(";")).map(String::strip).filter(x -> !x.isEmpty()).toList();
  }

  @Test
  void unknownPropertyIsRejected() {
    Properties p = new Properties();
    p.setProperty("newsrel_entities.lexicom", "x");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new EntityAnnotator("newsrel_entities", p));
    assertTrue(e.getMessage().contains("newsrel_entities.lexicom"), e.getMessage());
  }

  @Test
  void lexiconErrorsNameTheFileAndLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EntityLexicon.parse("x", "f.txt",
        List.of("# c", "[nationalitee]", "Foo")));
    assertTrue(e.getMessage().contains("f.txt line 2"), e.getMessage());
  }

  @Test
  void lexiconRefusesAWordWithTwoValuesInOneSection() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EntityLexicon.parse("x", "f.txt",
        List.of("[group-role-context]", "at\tafter", "# c", "at\tquantity")));
    assertTrue(e.getMessage().contains("f.txt line 4") && e.getMessage().contains("'at'"), e.getMessage());
    // the same entry twice is harmless
    EntityLexicon.parse("x", "f.txt", List.of("[group-role-context]", "at\tafter", "at\tafter"));
  }
}
