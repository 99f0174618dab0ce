package org.newsrel.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({
      "Oleksandr Petrenky, Oleksandr Petrenkyy",
      "Oleksandr Petrenky, Oleksandr Petrenkiy",
      "Park Min-jun, Park Min Jun",
      "Park Min-jun, Park Minjun",
      "Dmitry Sokolov, Dmitri Sokolov",
      "Anne-Marie Lund, Anne Marie Lund",
      "José Ortega, Jose Ortega",
      "Mattei Rossi, Matei Rosi",
  })
  void variantsMeet(String a, String b) {
    assertEquals(NameKey.key(a), NameKey.key(b));
  }

  @ParameterizedTest(name = "{0} !~ {1}")
  @CsvSource({
      "Park Min-jun, Park Min-ho",
      "Anna Berg, Anna Borg",
      "Lee Jae-sung, Jae-sung Lee Kim",
  })
  void differentNamesStayApart(String a, String b) {
    assertNotEquals(NameKey.key(a), NameKey.key(b));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "Oleksandr Petrenky, oleksandr-petrenky",
      "'U.S.', u-s",
      "José  Ortega, jose-ortega",
      "'Foo] Bar', foo-bar",
  })
  void slugIsReadableAscii(String name, String slug) {
    assertEquals(slug, NameKey.slug(name));
  }
}
