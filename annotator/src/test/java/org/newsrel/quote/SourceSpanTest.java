package org.newsrel.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Source spans with PolNeAR's boundaries, and the attributions that live in a source's
 * post-modifiers (relative clause, participle) or in an agent phrase, on made-up
 * sentences. Rendering and pipeline as in {@link AttributionAnnotatorTest} (rules alone,
 * no cue classifier). An expected value of {@code -} means no attribution at all.
 */
class SourceSpanTest {

  private static void check(String text, String expected) {
    assertEquals(expected.equals("-") ? "" : expected, AttributionAnnotatorTest.render(text));
  }

  /** What the Source NP includes: determiner, title, apposition, relative clause, participle, acronym. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', quoteCharacter = '\'', textBlock = """
      apposition is in # Paul Novak, a retired teacher, said the school had been neglected. # Indirect Source=Paul Novak, a retired teacher, | Cue=said | Content=the school had been neglected
      non-restrictive relative clause is in # Joe Ramirez, who owns a bakery in town, said the new tax was unfair. # Indirect Source=Joe Ramirez, who owns a bakery in town, | Cue=said | Content=the new tax was unfair
      restrictive relative clause is in # Two senators who attended the briefing said the plan was flawed. # Indirect Source=Two senators who attended the briefing | Cue=said | Content=the plan was flawed
      relative clause after an apposition is in # Dr. Mia Chen, director of the Harbor Clinic, which treats veterans, said funding was short. # Indirect Source=Dr. Mia Chen, director of the Harbor Clinic, which treats veterans, | Cue=said | Content=funding was short
      title before the name is in # Finance ministry spokesperson Laura Stein said the budget was balanced. # Indirect Source=Finance ministry spokesperson Laura Stein | Cue=said | Content=the budget was balanced
      acronym with both parentheses # The Central Statistics Office (CSO) said that exports fell. # Indirect Source=The Central Statistics Office (CSO) | Cue=said | Content=that exports fell
      participle with agent is in # A report released by the auditors last week found that the funds had been misused. # Indirect Source=A report released by the auditors last week | Cue=found | Content=that the funds had been misused
      misparsed reduced relative # Memos found on the ship suggest that the crew had been warned. # Indirect Source=Memos found on the ship | Cue=suggest | Content=that the crew had been warned
      restrictive participle is in # Voters supporting the bill said they were relieved. # Indirect Source=Voters supporting the bill | Cue=said | Content=they were relieved
      participial adjunct is out # The coach, smiling at the crowd, said the team had played well. # Indirect Source=The coach | Cue=said | Content=the team had played well
      bare document noun is a source as in PolNeAR # Reports indicate that the factory will close. # Indirect Source=Reports | Cue=indicate | Content=that the factory will close
      """)
  void sourceExtent(String name, String text, String expected) {
    check(text, expected);
  }

  /** A post-modifier of the source that holds an attribution of its own leaves the Source. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', quoteCharacter = '\'', textBlock = """
      relative clause with a cue # One injured driver, who claimed he had been asleep, told police that the brakes failed. # Indirect Source=who | Cue=claimed | Content=he had been asleep ;; Indirect Source=One injured driver | Cue=told | Content=that the brakes failed
      relative clause with a hearsay adverb # The committee, which reportedly met in secret, rejected the proposal. # Indirect Cue=reportedly | Content=which + met in secret ;; Indirect Source=The committee | Cue=rejected | Content=the proposal
      citing as participle # The agency, citing intelligence reports, revealed that the troops had moved. # Indirect Source=The agency | Cue=citing | Content=intelligence reports ;; Indirect Source=The agency | Cue=revealed | Content=that the troops had moved
      citing read as apposition # Lawmaker Anna Berg, citing figures from the statistics office, said that prices rose sharply. # Indirect Source=Lawmaker Anna Berg | Cue=citing | Content=figures from the statistics office ;; Indirect Source=Lawmaker Anna Berg | Cue=said | Content=that prices rose sharply
      noting with a clause # The minister, noting that exports had grown, said the economy was strong. # Indirect Source=The minister | Cue=noting | Content=that exports had grown ;; Indirect Source=The minister | Cue=said | Content=the economy was strong
      relative clause without a cue stays # The mayor, who has served three terms, said the bridge would reopen. # Indirect Source=The mayor, who has served three terms, | Cue=said | Content=the bridge would reopen
      """)
  void postModifiersWithTheirOwnAttribution(String name, String text, String expected) {
    check(text, expected);
  }

  /** Agents of participles and as-comment clauses are Sources; agents of other participles are not. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', quoteCharacter = '\'', textBlock = """
      announced by # The new rules, announced by the ministry on Monday, will take effect in May. # Indirect Source=the ministry | Cue=announced by | Content=The new rules
      proposed by # A plan proposed by the senator would cut taxes. # Indirect Source=the senator | Cue=proposed by | Content=A plan
      as noted by # The strike, as noted by the union leader, is the longest in a decade. # Indirect Source=the union leader | Cue=as noted by | Content=The strike + is the longest in a decade
      built by is no cue # The bridge, built by the army in 1950, will be replaced. # -
      released by is no cue # A video released by the ministry shows the damage. # -
      """)
  void agents(String name, String text, String expected) {
    check(text, expected);
  }

  /**
   * With {@code sourceClosingComma=false} (the gold scheme before 2026-12-07) a Source ends
   * before the comma that closes its apposition or relative clause; a Source without an
   * inner comma never takes the comma after it.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', quoteCharacter = '\'', textBlock = """
      apposition without its closing comma # Paul Novak, a retired teacher, said the school had been neglected. # Indirect Source=Paul Novak, a retired teacher | Cue=said | Content=the school had been neglected
      relative clause without its closing comma # Joe Ramirez, who owns a bakery in town, said the new tax was unfair. # Indirect Source=Joe Ramirez, who owns a bakery in town | Cue=said | Content=the new tax was unfair
      no inner comma, no comma # The mayor, speaking at a rally, said the bridge would reopen. # Indirect Source=The mayor | Cue=said | Content=the bridge would reopen
      """)
  void withoutClosingComma(String name, String text, String expected) {
    Annotation doc = AttributionAnnotatorTest.annotate(text);
    Properties p = new Properties();
    p.setProperty("nocomma.sourceClosingComma", "false");
    p.setProperty("nocomma.cueClassifier", "none");
    p.setProperty("nocomma.boundaryModel", "none");
    p.setProperty("nocomma.nestingModel", "none");
    new AttributionAnnotator("nocomma", p).annotate(doc);
    assertEquals(expected, AttributionAnnotatorTest.render(doc));
  }
}
