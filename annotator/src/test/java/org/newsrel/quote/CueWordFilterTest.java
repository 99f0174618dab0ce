package org.newsrel.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The cue-word pre-check: made-up patterns and made-up tagged sentences. No models. */
class CueWordFilterTest {

  /** "word/TAG/lemma word/TAG/lemma ..." as tokens. */
  private static List<CoreLabel> sentence(String tagged) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String part : tagged.trim().split(" +")) {
      String[] f = part.split("/");
      CoreLabel t = new CoreLabel();
      t.setWord(f[0]);
      t.setValue(f[0]);
      t.setTag(f[1]);
      t.setLemma(f[2]);
      tokens.add(t);
    }
    return tokens;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      // pattern # sentence # admitted
      "{}=content >ccomp ({lemma:/^(say|tell)$/;tag:/VB.*/}=cue) # The/DT/the mayor/NN/mayor said/VBD/say it/PRP/it # true",
      "{}=content >ccomp ({lemma:/^(say|tell)$/;tag:/VB.*/}=cue) # The/DT/the mayor/NN/mayor sat/VBD/sit down/RP/down # false",
      // the lemma is there but not as a verb: both attributes must hold for one token
      "{}=content >ccomp ({lemma:/^(say|tell)$/;tag:/VB.*/}=cue) # Her/PRP$/she say/NN/say counts/VBZ/count # false",
      "{}=content >ccomp ({lemma:/say|tell/}=cue) # He/PRP/he told/VBD/tell us/PRP/we # true",
      "{word:/(?i)according/}=cue >fixed {word:/(?i)to/}=cue2 # According/VBG/accord to/TO/to him/PRP/he # true",
      "{word:/(?i)according/}=cue >fixed {word:/(?i)to/}=cue2 # They/PRP/they accord/VBP/accord respect/NN/respect # false",
      "{tag:/VB.*/;lemma:/^(?!(be|have)$).*$/}=cue >ccomp {}=content # It/PRP/it is/VBZ/be true/JJ/true # false",
      "{tag:/VB.*/;lemma:/^(?!(be|have)$).*$/}=cue >ccomp {}=content # It/PRP/it is/VBZ/be argued/VBN/argue # true",
      // a literal value is compared exactly, case and all
      "{lemma:say;tag:VBD}=cue >ccomp {}=content # They/PRP/they said/VBD/say so/RB/so # true",
      "{lemma:say;tag:VBD}=cue >ccomp {}=content # They/PRP/they said/VBD/Say so/RB/so # false",
      // only =cue counts, not =cue2 or =cue0
      "{lemma:/^(call)$/}=cue >/compound:prt/ {word:/(?i)for/}=cue2 # Critics/NNS/critic want/VBP/want for/IN/for # false",
  })
  void admitsASentenceOnlyWhenOneWordCanBeTheCue(String pattern, String tagged, boolean admitted) {
    SemgrexPattern.compile(pattern);  // the table's patterns are valid Semgrex
    CueWordFilter filter = CueWordFilter.of(pattern);
    assertTrue(!filter.always(), filter.description());
    assertEquals(admitted, filter.admits(sentence(tagged)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{}=content >ccomp !{lemma:say}=cue",  // a negated node
      "{}=content >ccomp {ner:PERSON}=cue",  // a key the filter does not read
      "{}=content >ccomp {lemma!:say}=cue",  // a negated attribute
      "{}=content >ccomp {}=cue",  // no attribute
      "{}=content >ccomp {tag:/VB.{0,2}/}=cue",  // braces inside the description
      "{}=content [>ccomp {lemma:say}=cue | >xcomp {lemma:tell}=cue]",  // two cue nodes
      "{}=content >ccomp {lemma:say}=cue2",  // no =cue at all
      "{}=content >ccomp {lemma:/a;b/}=cue",  // a semicolon inside a regular expression
  })
  void anythingElseRunsThePatternOnEverySentence(String pattern) {
    CueWordFilter filter = CueWordFilter.of(pattern);
    assertSame(CueWordFilter.ALWAYS, filter);
    assertTrue(filter.admits(sentence("Nothing/NN/nothing here/RB/here")));
  }

  @Test
  void everyShippedRuleHasACueCheck() {
    // the annotator's defaults (its "cues" and "patterns" properties)
    CueLexicon lexicon = CueLexicon.load("test", "org/newsrel/quote/cues.txt");
    List<AttributionRule> rules = AttributionRule.load("test", "org/newsrel/quote/patterns.txt", lexicon);
    for (AttributionRule rule : rules) {
      assertTrue(!CueWordFilter.of(rule.pattern().pattern()).always(),
          "rule " + rule.name() + " runs on every sentence; its =cue node could not be read");
    }
  }
}
