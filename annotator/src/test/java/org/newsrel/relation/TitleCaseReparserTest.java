package org.newsrel.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which annotator the headline re-parse borrows as its dependency parser (no models needed). */
class TitleCaseReparserTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // the stock parser
      "tokenize,ssplit,pos,lemma,ner,depparse,newsrel_relations | depparse",
      // newsrel's parser, registered under its own name
      "tokenize,ssplit,pos,lemma,newsrel_ner,newsrel_depparse,newsrel_relations | newsrel_depparse",
      // a custom annotator that is not a parser is skipped
      "tokenize,ssplit,pos,newsrel_ner,depparse,newsrel_relations | depparse",
      // no parser in the list: the stock name (the re-parse then finds none and is skipped)
      "tokenize,ssplit,pos,newsrel_relations | depparse",
  })
  void parserNameFollowsTheAnnotatorsList(String annotators, String expected) {
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    p.setProperty("customAnnotatorClass.newsrel_ner", "org.newsrel.pipeline.GatedNerAnnotator");
    p.setProperty("customAnnotatorClass.newsrel_depparse", "org.newsrel.pipeline.FastDependencyParseAnnotator");
    p.setProperty("customAnnotatorClass.newsrel_relations", "org.newsrel.relation.RelationAnnotator");
    assertEquals(expected, TitleCaseReparser.parserName(p));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Rebel Fighters Captured Near Border Town | true",
      "Two soldiers were captured on Monday | false",
      "Big Day | false",
  })
  void titleCaseNeedsThreeCapitalisedLongWordsAndNoLowerCaseOne(String sentence, boolean expected) {
    java.util.List<edu.stanford.nlp.ling.CoreLabel> tokens = new java.util.ArrayList<>();
    for (String w : sentence.split(" ")) {
      edu.stanford.nlp.ling.CoreLabel t = new edu.stanford.nlp.ling.CoreLabel();
      t.setWord(w);
      tokens.add(t);
    }
    assertEquals(expected, TitleCaseReparser.isTitleCase(tokens));
  }
}
