package org.newsrel.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RuleFilesTest {

  @Test
  void defaultLexiconHasFramesPerLemma() {
    CueLexicon lex = CueLexicon.load("t", "org/newsrel/quote/cues.txt");
    assertTrue(lex.has("say", "quote"));
    assertTrue(lex.has("believe", "clause"));
    assertFalse(lex.has("believe", "quote"));
    assertTrue(lex.has("announce", "object"));
    assertTrue(lex.has("vow", "xcomp"));
    assertFalse(lex.has("capture", "clause"));
  }

  @Test
  void defaultRulesCompile() {
    CueLexicon lex = CueLexicon.load("t", "org/newsrel/quote/cues.txt");
    List<AttributionRule> rules = AttributionRule.load("t", "org/newsrel/quote/patterns.txt", lex);
    assertTrue(rules.size() >= 10, "rules: " + rules.size());
    assertEquals("clause-complement", rules.get(0).name());
  }

  @Test
  void unknownFrameNamesFileAndLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CueLexicon.parse("attr", "cues.txt", List.of("# c", "[quote shout]", "say")));
    assertTrue(e.getMessage().startsWith("Annotator attr: cues.txt line 2: unknown frame 'shout'"), e.getMessage());
  }

  @Test
  void lemmaBeforeHeaderIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CueLexicon.parse("attr", "cues.txt", List.of("say")));
    assertTrue(e.getMessage().contains("cues.txt line 1"), e.getMessage());
  }

  @Test
  void ruleWithoutContentNodeIsRejected() {
    CueLexicon lex = CueLexicon.parse("attr", "c", List.of("[clause]", "say"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AttributionRule.parse("attr", "p.txt", List.of("rule r", "pattern {lemma:%clause}=cue"), lex));
    assertTrue(e.getMessage().contains("p.txt line 2") && e.getMessage().contains("=content"), e.getMessage());
  }

  @Test
  void badSemgrexNamesTheRule() {
    CueLexicon lex = CueLexicon.parse("attr", "c", List.of("[clause]", "say"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AttributionRule.parse("attr", "p.txt", List.of("rule broken", "pattern {=cue >>> =content"), lex));
    assertTrue(e.getMessage().contains("'broken'"), e.getMessage());
  }

  @Test
  void frameMacroExpandsToLemmaRegex() {
    CueLexicon lex = CueLexicon.parse("attr", "c", List.of("[clause]", "say tell"));
    String regex = lex.regex("clause");
    assertTrue(regex.equals("/^(say|tell)$/") || regex.equals("/^(tell|say)$/"), regex);
  }

  @Test
  void wordListsAreNoCues() {
    CueLexicon lex = CueLexicon.load("t", "org/newsrel/quote/cues.txt");
    assertTrue(lex.list("cue-medium").contains("statement"));
    assertTrue(lex.list("cue-governor").contains("go"));
    assertFalse(lex.frames().containsKey("statement") || lex.frames().containsKey("go"));
  }

  @Test
  void unknownWordListNamesFileAndLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CueLexicon.parse("attr", "cues.txt", List.of("[list cue-media]", "statement")));
    assertTrue(e.getMessage().startsWith("Annotator attr: cues.txt line 1: expected [list NAME]"), e.getMessage());
  }

  @Test
  void hearsayAdverbRuleDropsInsideOther() {
    CueLexicon lex = CueLexicon.load("t", "org/newsrel/quote/cues.txt");
    List<AttributionRule> rules = AttributionRule.load("t", "org/newsrel/quote/patterns.txt", lex);
    assertEquals(List.of("hearsay-adverb"),
        rules.stream().filter(AttributionRule::dropInsideOther).map(AttributionRule::name).toList());
  }

  @Test
  void unknownRuleOptionNamesFileAndLine() {
    CueLexicon lex = CueLexicon.parse("attr", "c", List.of("[clause]", "say"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AttributionRule.parse("attr",
        "p.txt", List.of("rule r", "option drop-inside", "pattern {lemma:%clause}=cue >ccomp {}=content"), lex));
    assertTrue(e.getMessage().startsWith("Annotator attr: p.txt line 2: unknown option 'drop-inside'"),
        e.getMessage());
  }

  @Test
  void unknownPropertyIsRejected() {
    Properties p = new Properties();
    p.setProperty("newsrel_attribution.nestedd", "true");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new AttributionAnnotator("newsrel_attribution", p));
    assertTrue(e.getMessage().contains("newsrel_attribution.nestedd"), e.getMessage());
  }
}
