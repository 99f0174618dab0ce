package org.newsrel.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsrel.ner.EntityLexicon;

/** The identity stage's function words, read from the lexicon's [identity-word] section (no models). */
class IdentityWordsTest {

  @Test
  void theDefaultLexiconGivesEveryKind() {
    IdentityWords words = new IdentityWords(EntityLexicon.loadDefault());
    assertTrue(words.is("definite", "these"));
    assertFalse(words.is("definite", "those"));
    assertTrue(words.is("patient-pronoun", "them"));
    assertFalse(words.is("person-pronoun", "He"), "entries are matched as written, in lower case");
  }

  @Test
  void aKindWithoutWordsIsAnError(@TempDir Path dir) throws IOException {
    Path lexicon = dir.resolve("lexicon.txt");
    Files.writeString(lexicon, "[identity-word]\nthe\tdefinite\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new IdentityWords(EntityLexicon.load("newsrel_identity", lexicon.toString())));
    assertTrue(e.getMessage().startsWith("entity lexicon " + lexicon + " [identity-word]: no word of kind 'determiner'"),
        e.getMessage());
  }

  @Test
  void anUnknownKindIsAnError(@TempDir Path dir) throws IOException {
    Path lexicon = dir.resolve("lexicon.txt");
    Files.writeString(lexicon, "[identity-word]\nthe\tdefinit\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new IdentityWords(EntityLexicon.load("newsrel_identity", lexicon.toString())));
    assertTrue(e.getMessage().startsWith("entity lexicon " + lexicon + " [identity-word] the: unknown kind 'definit'"),
        e.getMessage());
  }
}
