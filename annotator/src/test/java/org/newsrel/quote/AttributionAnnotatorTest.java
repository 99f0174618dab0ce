package org.newsrel.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsrel.NewsrelAnnotations;
import org.newsrel.core.Argument;
import org.newsrel.core.Event;
import org.newsrel.core.TextSpan;

/**
 * Rule coverage on made-up sentences, one table per phenomenon. Each event is rendered as
 * {@code Kind Source=... | Cue=... | Content=...} (fragments joined by " + "; a missing
 * role is left out; events joined by " ;; ").
 */
class AttributionAnnotatorTest {

  /** One pipeline per JVM with just what the annotator reads (no NER, no coref). */
  private static final class Holder {
    static final StanfordCoreNLP PIPELINE = build();

    private static StanfordCoreNLP build() {
      Properties p = new Properties();
      p.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse,newsrel_attribution");
      p.setProperty("customAnnotatorClass.newsrel_attribution", AttributionAnnotator.class.getName());
      p.setProperty("ssplit.newlineIsSentenceBreak", "always");
      return new StanfordCoreNLP(p);
    }
  }

  static String render(String text) {
    Annotation doc = new Annotation(text.replace("\\n", "\n"));
    Holder.PIPELINE.annotate(doc);
    List<Event> events = doc.get(NewsrelAnnotations.AttributionsAnnotation.class);
    return events.stream().map(AttributionAnnotatorTest::render).collect(Collectors.joining(" ;; "));
  }

  private static String render(Event e) {
    StringBuilder sb = new StringBuilder(e.attribute("Kind").orElse("?"));
    String sep = " ";
    for (String role : List.of("Source", "Cue", "Content")) {
      var arg = e.argument(role);
      if (arg.isPresent()) {
        sb.append(sep).append(role).append('=').append(fragments(arg.get()));
        sep = " | ";
      }
    }
    return sb.toString();
  }

  private static String fragments(Argument a) {
    return a.fragments().stream().map(TextSpan::text).collect(Collectors.joining(" + "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', quoteCharacter = '\'', textBlock = """
      speaker after quote # “We will not negotiate,” the minister said. # Direct Source=the minister | Cue=said | Content=“We will not negotiate,”
      inverted speaker # “The border is closed,” said Maria Lopez, a local official. # Direct Source=Maria Lopez, a local official | Cue=said | Content=“The border is closed,”
      colon before quote # The spokesman explained: "The talks are over." # Direct Source=The spokesman | Cue=explained | Content="The talks are over."
      several sentences # “The plan failed. Nobody wanted it,” the mayor stated. # Direct Source=the mayor | Cue=stated | Content=“The plan failed. Nobody wanted it,”
      interrupted quote # “We are ready,” she added, “and we will win.” # Direct Source=she | Cue=added | Content=“We are ready,” + “and we will win.”
      cue verb emphasized # “Nobody is above the law,” the judge emphasized. # Direct Source=the judge | Cue=emphasized | Content=“Nobody is above the law,”
      signed with a dash # “The service was slow and nobody apologized.” ― Jane Roe # Direct Source=Jane Roe | Cue=― | Content=“The service was slow and nobody apologized.”
      transcript speaker # "HOST: Let us start with the news of the day. # Direct Source=HOST | Cue=: | Content=Let us start with the news of the day
      headline speaker # Senator: Budget Talks Will Resume Monday # Indirect Source=Senator | Cue=: | Content=Budget Talks Will Resume Monday
      cue verb shouted # “Get out of here!” a protester shouted. # Direct Source=a protester | Cue=shouted | Content=“Get out of here!”
      """)
  void directQuotes(String name, String text, String expected) {
    assertEquals(expected, render(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', quoteCharacter = '\'', textBlock = """
      continuation has no cue # “The troops are exhausted,” the general told reporters.\\n“They need rest before the winter.” # Direct Source=the general | Cue=told | Content=“The troops are exhausted,” ;; Direct Source=the general | Content=“They need rest before the winter.”
      own sentence cue wins # The mayor says the plan is “a total failure.” She says the council agrees. # Mixed Source=The mayor | Cue=says | Content=the plan is “a total failure.” ;; Indirect Source=She | Cue=says | Content=the council agrees
      partial quote is mixed # The senator said that the bill was “a disaster for farmers.” # Mixed Source=The senator | Cue=said | Content=that the bill was “a disaster for farmers.”
      """)
  void continuationsAndMixedQuotes(String name, String text, String expected) {
    assertEquals(expected, render(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', quoteCharacter = '\'', textBlock = """
      said that # The agency said that two soldiers had been captured. # Indirect Source=The agency | Cue=said | Content=that two soldiers had been captured
      told someone that # The minister told lawmakers that the army would withdraw. # Indirect Source=The minister | Cue=told | Content=that the army would withdraw
      belief without that # Analysts believe the economy will recover. # Indirect Source=Analysts | Cue=believe | Content=the economy will recover
      according to # According to the ministry, the talks will resume next week. # Indirect Source=the ministry | Cue=According to | Content=the talks will resume next week
      relative who # The mayor, who stated that the bridge was safe, resigned. # Indirect Source=who | Cue=stated | Content=that the bridge was safe
      participle borrows subject # The company cut its forecast, stating that demand had fallen. # Indirect Source=The company | Cue=stating | Content=that demand had fallen
      noun phrase content # The army announced the capture of two enemy soldiers. # Indirect Source=The army | Cue=announced | Content=the capture of two enemy soldiers
      citing then revealed # The agency, citing intelligence reports, revealed that the troops had moved. # Indirect Source=The agency, citing intelligence reports | Cue=revealed | Content=that the troops had moved
      infinitive intention # The governor vowed to rebuild the school. # Indirect Source=The governor | Cue=vowed | Content=to rebuild the school
      parenthetical cue # The ceasefire, the officials said, will hold until Friday. # Indirect Source=the officials | Cue=said | Content=The ceasefire + will hold until Friday
      parenthetical mid sentence # The vote would probably take place in March, she said, after the holidays. # Indirect Source=she | Cue=said | Content=The vote would probably take place in March + after the holidays
      prepositional object # The senator called for an inquiry into the deal. # Indirect Source=The senator | Cue=called for | Content=an inquiry into the deal
      cue with medium # The minister said in a statement that the border would reopen. # Indirect Source=The minister | Cue=said in a statement | Content=that the border would reopen
      cue with day # The minister said Thursday that the border would reopen. # Indirect Source=The minister | Cue=said Thursday | Content=that the border would reopen
      accused of # The rebels accused the army of shelling the town. # Indirect Source=The rebels | Cue=accused the army of | Content=shelling the town
      passive with no agent # The minister is expected to resign next week. # Indirect Cue=is expected | Content=The minister + to resign next week
      passive with agent # The plan was criticized by the opposition leader. # Indirect Source=the opposition leader | Cue=was criticized by | Content=The plan
      long that clause # Recent reports from the agency indicate that soldiers deployed in the region are facing extreme pressure. # Indirect Source=Recent reports from the agency | Cue=indicate | Content=that soldiers deployed in the region are facing extreme pressure
      described as # The losses reflect what the ministry describes as a shortage of trained pilots. # Indirect Source=the ministry | Cue=describes as | Content=a shortage of trained pilots
      small clause # The latest survey shows the governor slightly ahead in the race. # Indirect Source=The latest survey | Cue=shows | Content=the governor slightly ahead in the race
      csubj misparse # An arbitration panel found the company was in breach of the contract. # Indirect Source=An arbitration panel | Cue=found | Content=the company was in breach of the contract
      """)
  void indirectSpeech(String name, String text, String expected) {
    assertEquals(expected, render(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', quoteCharacter = '\'', textBlock = """
      scare quote # Civilians were used as "human shields" by the militia.
      title of a work # She is reading “The Old Man and the Sea” this week.
      film title with verb # The film “Gone With the Wind” opened in Atlanta.
      no speech at all # The storm damaged the roof of the school.
      """)
  void notAttributions(String name, String text) {
    assertEquals("", render(text));
  }
}
