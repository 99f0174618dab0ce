package org.newsrel.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsrel.relation.NounLexicon.Animacy;

/** Animacy from newsrel's noun lexicon and CoreNLP's lists (no models needed beyond the jar). */
class NounLexiconTest {

  private static final NounLexicon NOUNS = NounLexicon.load("test", RelationAnnotator.DEFAULT_NOUNS, true);

  @ParameterizedTest
  @CsvSource({
      "forces, force, ANIMATE",       // newsrel overrides CoreNLP's "inanimate"
      "soldiers, soldier, ANIMATE",
      "they, they, ANIMATE",
      "journalists, journalist, ANIMATE",
      "ground, ground, INANIMATE",
      "territory, territory, INANIMATE",
      "moment, moment, INANIMATE",
      "images, image, INANIMATE",
      "weapons, weapon, INANIMATE",
      "fishermen, fisherman, ANIMATE", // from CoreNLP's animate list only
      "xqzv, xqzv, UNKNOWN"})
  void animacyOfHeadNouns(String word, String lemma, Animacy expected) {
    assertEquals(expected, NOUNS.animacy(word, lemma));
  }

  @ParameterizedTest
  @CsvSource({"region", "village", "border"})
  void placeNouns(String word) {
    assertTrue(NOUNS.isPlaceNoun(word, word));
  }

  @ParameterizedTest
  @CsvSource({"weeks", "saturday", "morning"})
  void timeNouns(String word) {
    assertTrue(NOUNS.isTimeNoun(word, word));
  }
}
