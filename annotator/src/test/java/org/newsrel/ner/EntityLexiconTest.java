package org.newsrel.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The entity lexicon's sections: the default fills every one, a partial file is told apart. */
class EntityLexiconTest {

  @Test
  void defaultLexiconHasAnEntryInEverySection() {
    assertEquals(List.of(), EntityLexicon.loadDefault().emptySections());
  }

  @Test
  void aLexiconWrittenForFewerSectionsNamesTheOnesItLacks() {
    EntityLexicon partial = EntityLexicon.parse("newsrel_entities", "old-lexicon.txt",
        List.of("[nationality]", "Ruritanian", "[title]", "harbour master"));
    List<String> empty = partial.emptySections();
    assertTrue(empty.contains("small-word") && empty.contains("count-noun"), empty.toString());
    assertTrue(!empty.contains("nationality") && !empty.contains("title"), empty.toString());
    assertTrue(partial.contains("nationality", "ruritanian"));
  }
}
