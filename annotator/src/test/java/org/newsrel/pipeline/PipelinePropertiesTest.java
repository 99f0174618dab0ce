package org.newsrel.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The registry of overridable pipeline keys, without models. */
class PipelinePropertiesTest {

  @Test
  void everyDefaultKeyButTheClassesIsKnown() {
    Properties defaults = NewsrelPipeline.defaultProperties();
    defaults.keySet().removeIf(k -> k.toString().startsWith("customAnnotatorClass."));
    assertEquals(List.of(), PipelineProperties.check(defaults));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"newsrel_attribution.nested", "newsrel_ner.gate", "newsrel_depparse.graphs", "newsrel_entities.lexicon",
      "newsrel_relations.relations", "newsrel_identity.roles", "ner.useSUTime", "depparse.numCached",
      "ssplit.newlineIsSentenceBreak"})
  void annotatorAndCoreNlpKeysAreKnown(String key) {
    assertTrue(PipelineProperties.known().contains(key), key);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "foo.bar                   | foo.bar: unknown property; the known ones",
      "newsrel_atribution.nested | newsrel_atribution.nested: unknown property (did you mean newsrel_attribution.nested?)",
      "ner.modle                 | ner.modle: unknown property (did you mean ner.model?)"})
  void unknownKeysAreNamedWithTheNearestKnownOne(String key, String message) {
    Properties p = new Properties();
    p.setProperty(key, "1");
    List<String> problems = PipelineProperties.check(p);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith(message), problems.get(0));
  }

  @Test
  void aListWithoutTheNewsrelLayersIsRefused() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    List<String> problems = PipelineProperties.check(p);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("leaves out newsrel_layout (news layout), newsrel_entities (entities), "
        + "newsrel_attribution (attributions), "
        + "newsrel_relations (capture and kill events), newsrel_identity"), problems.get(0));
  }
}
