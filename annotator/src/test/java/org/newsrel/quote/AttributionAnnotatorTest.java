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

  /** One pipeline per JVM with just what the rules read (no NER, no coref, no trained model). */
  private static final class Holder {
    static final StanfordCoreNLP PIPELINE = build();

    private static StanfordCoreNLP build() {
      Properties p = new Properties();
      p.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse,newsrel_attribution");
      p.setProperty("customAnnotatorClass.newsrel_attribution", AttributionAnnotator.class.getName());
      p.setProperty("ssplit.newlineIsSentenceBreak", "always");
      // the rules alone: CueClassifierTest covers the trained classifier on top of them
      p.setProperty("newsrel_attribution.cueClassifier", "none");
      // the rules' own Content boundaries and priors: BoundaryModelTest and ConfidenceModelTest cover the models
      p.setProperty("newsrel_attribution.boundaryModel", "none");
      p.setProperty("newsrel_attribution.nestingModel", "none");
      p.setProperty("newsrel_attribution.confidenceModel", "none");
      return new StanfordCoreNLP(p);
    }
  }

  static String render(String text) {
    return render(annotate(text));
  }

  /** The text run through the shared test pipeline (rules alone, default properties). */
  static Annotation annotate(String text) {
    Annotation doc = new Annotation(text.replace("\\n", "\n"));
    Holder.PIPELINE.annotate(doc);
    return doc;
  }

  /** The attributions of an annotated document, rendered as in the tables. */
  static String render(Annotation doc) {
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
      colon before quote # The spokesman explained: "The talks are over." # Direct Source=The spokesman | Cue=explained: | Content="The talks are over."
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
      continuation in the same paragraph # “The troops are exhausted,” the general told reporters. “They need rest before the winter.” # Direct Source=the general | Cue=told | Content=“The troops are exhausted,” + “They need rest before the winter.”
      two continuations # “Prices rose again,” the baker said. “Flour costs more.” “We cannot keep up.” # Direct Source=the baker | Cue=said | Content=“Prices rose again,” + “Flour costs more.” + “We cannot keep up.”
      speaker first then continuation # The coach said: “We played badly.” “Next week will be different.” # Direct Source=The coach | Cue=said: | Content=“We played badly.” + “Next week will be different.”
      own sentence cue wins # The mayor says the plan is “a total failure.” She says the council agrees. # Mixed Source=The mayor | Cue=says | Content=the plan is “a total failure.” ;; Indirect Source=She | Cue=says | Content=the council agrees
      partial quote is mixed # The senator said that the bill was “a disaster for farmers.” # Mixed Source=The senator | Cue=said | Content=that the bill was “a disaster for farmers.”
      """)
  void continuationsAndMixedQuotes(String name, String text, String expected) {
    assertEquals(expected, render(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', quoteCharacter = '\'', textBlock = """
      same paragraph, fragments off # “The troops are exhausted,” the general told reporters. “They need rest before the winter.” # Direct Source=the general | Cue=told | Content=“The troops are exhausted,” ;; Direct Source=the general | Content=“They need rest before the winter.”
      """)
  void continuationFragmentsOff(String name, String text, String expected) {
    Annotation doc = annotate(text);
    Properties p = new Properties();
    p.setProperty("separate.cueClassifier", "none");
    p.setProperty("separate.boundaryModel", "none");
    p.setProperty("separate.nestingModel", "none");
    p.setProperty("separate.confidenceModel", "none");
    p.setProperty("separate.continuationFragments", "false");
    new AttributionAnnotator("separate", p).annotate(doc);
    assertEquals(expected, render(doc));
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
      citing then revealed # The agency, citing intelligence reports, revealed that the troops had moved. # Indirect Source=The agency | Cue=citing | Content=intelligence reports ;; Indirect Source=The agency | Cue=revealed | Content=that the troops had moved
      infinitive intention # The governor vowed to rebuild the school. # Indirect Source=The governor | Cue=vowed | Content=to rebuild the school
      parenthetical cue # The ceasefire, the officials said, will hold until Friday. # Indirect Source=the officials | Cue=said | Content=The ceasefire + will hold until Friday
      parenthetical mid sentence # The vote would probably take place in March, she said, after the holidays. # Indirect Source=she | Cue=said | Content=The vote would probably take place in March + after the holidays
      prepositional object # The senator called for an inquiry into the deal. # Indirect Source=The senator | Cue=called for | Content=an inquiry into the deal
      cue with medium # The minister said in a statement that the border would reopen. # Indirect Source=The minister | Cue=said in a statement | Content=that the border would reopen
      cue with day # The minister said Thursday that the border would reopen. # Indirect Source=The minister | Cue=said Thursday | Content=that the border would reopen
      accused of # The rebels accused the army of shelling the town. # Indirect Source=The rebels | Cue=accused | Content=the army of shelling the town
      described object as # The mayor described the storm as a disaster. # Indirect Source=The mayor | Cue=described | Content=the storm as a disaster
      talked about # The governor talked about the budget. # Indirect Source=The governor | Cue=talked about | Content=the budget
      separated preposition # The governor spoke at length on the budget. # Indirect Source=The governor | Cue=spoke | Content=on the budget
      passive with no agent # The minister is expected to resign next week. # Indirect Cue=is expected | Content=The minister + to resign next week
      passive with agent # The plan was criticized by the opposition leader. # Indirect Source=the opposition leader | Cue=was criticized by | Content=The plan
      long that clause # Recent reports from the agency indicate that soldiers deployed in the region are facing extreme pressure. # Indirect Source=Recent reports from the agency | Cue=indicate | Content=that soldiers deployed in the region are facing extreme pressure
      described as # The losses reflect what the ministry describes as a shortage of trained pilots. # Indirect Source=the ministry | Cue=describes | Content=what + as a shortage of trained pilots
      small clause # The latest survey shows the governor slightly ahead in the race. # Indirect Source=The latest survey | Cue=shows | Content=the governor slightly ahead in the race
      csubj misparse # An arbitration panel found the company was in breach of the contract. # Indirect Source=An arbitration panel | Cue=found | Content=the company was in breach of the contract
      conj continues the report # The minister said that the army is exhausted and vowed to fight on. # Indirect Source=The minister | Cue=said | Content=that the army is exhausted ;; Indirect Source=The minister | Cue=vowed | Content=to fight on
      conj continues the report with a clause # The coach said the team is tired and added that two players are injured. # Indirect Source=The coach | Cue=said | Content=the team is tired ;; Indirect Source=The coach | Cue=added | Content=that two players are injured
      conj inside the reported clause # The mayor said that the union is angry and wants to strike next week. # Indirect Source=The mayor | Cue=said | Content=that the union is angry and wants to strike next week
      conj of the reporting verb # The governor thanked the volunteers and promised to rebuild the bridge. # Indirect Source=The governor | Cue=thanked | Content=the volunteers ;; Indirect Source=The governor | Cue=promised | Content=to rebuild the bridge
      """)
  void indirectSpeech(String name, String text, String expected) {
    assertEquals(expected, render(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', quoteCharacter = '\'', textBlock = """
      naming small clause # The senator called the governor a coward. # Indirect Source=The senator | Cue=called | Content=the governor a coward
      document as source # A new poll shows a narrow lead for the governor. # Indirect Source=A new poll | Cue=shows | Content=a narrow lead for the governor
      document parenthetical # The economy is slowing, the latest report shows. # Indirect Source=the latest report | Cue=shows | Content=The economy is slowing
      participle with preposition # The governor left the stage, referring to the protesters outside. # Indirect Source=The governor | Cue=referring to | Content=the protesters outside
      participle with infinitive # The mayor thanked the crowd, vowing to fight on. # Indirect Source=The mayor | Cue=thanked | Content=the crowd ;; Indirect Source=The mayor | Cue=vowing | Content=to fight on
      order with addressee # The general ordered the troops to withdraw from the town. # Indirect Source=The general | Cue=ordered | Content=the troops to withdraw from the town
      passive order # The soldiers were ordered to hold the line. # Indirect Cue=were ordered | Content=to hold the line
      under orders # The guards are under orders to shoot intruders. # Indirect Cue=are under orders | Content=to shoot intruders
      adjective with clause # The coach is confident that his team will win. # Indirect Source=The coach | Cue=is confident | Content=that his team will win
      adjective with preposition # Many voters are worried about the deficit. # Indirect Source=Many voters | Cue=are worried about | Content=the deficit
      noun with possessor and preposition # Democrats' support for the bill has grown. # Indirect Source=Democrats' | Cue=support for | Content=the bill
      noun with clause # Officials addressed concerns that the vote was rigged. # Indirect Cue=concerns | Content=that the vote was rigged
      noun with possessor and clause # The minister's view that the tax is fair is not shared by economists. # Indirect Source=The minister | Cue=view | Content=that the tax is fair
      noun with infinitive # The governor's promise to cut taxes was popular. # Indirect Source=The governor | Cue=promise | Content=to cut taxes
      hearsay adverb # The suspect reportedly fled to Mexico. # Indirect Cue=reportedly | Content=The suspect + fled to Mexico
      hearsay adverb inside cue # The suspect reportedly told friends that he was innocent. # Indirect Source=The suspect | Cue=reportedly told | Content=that he was innocent
      """)
  void nominalAdjectivalAndOrderCues(String name, String text, String expected) {
    assertEquals(expected, render(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', quoteCharacter = '\'', textBlock = """
      seem to believe # The governor seems to believe that the tax cut will pay for itself. # Indirect Source=The governor | Cue=seems to believe | Content=that the tax cut will pay for itself
      appear to confirm # The senator appeared to confirm that the bill was dead. # Indirect Source=The senator | Cue=appeared to confirm | Content=that the bill was dead
      seem with adjective # The mayor seemed confident that the bridge would open on time. # Indirect Source=The mayor | Cue=seemed confident | Content=that the bridge would open on time
      appear with adjective # The coach appears convinced that his team can win the title. # Indirect Source=The coach | Cue=appears convinced | Content=that his team can win the title
      appear with object # The company appeared to acknowledge the problem. # Indirect Source=The company | Cue=appeared to acknowledge | Content=the problem
      when asked then clause # When asked about the deficit, the senator said that spending would fall. # Indirect Source=the senator | Cue=said | Content=that spending would fall
      when asked then quote # When asked about the strike, the manager said: "We will not negotiate." # Direct Source=the manager | Cue=said: | Content="We will not negotiate."
      when asked after quote # "We will not negotiate," the manager said when asked about the strike. # Direct Source=the manager | Cue=said | Content="We will not negotiate,"
      asked whether is not the cue # Asked whether she would run again, the governor said she had not decided. # Indirect Source=the governor | Cue=said | Content=she had not decided
      """)
  void seemAppearAndWhenAsked(String name, String text, String expected) {
    assertEquals(expected, render(text));
  }

  /** PolNeAR's Cue edges ({@link CueSpans}): a colon right after the cue, an infinitive "to" before it. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', quoteCharacter = '\'', textBlock = """
      colon after the cue # The coach added: "We played badly." # Direct Source=The coach | Cue=added: | Content="We played badly."
      colon after a space stays out # The coach added : "We played badly." # Direct Source=The coach | Cue=added | Content="We played badly."
      colon after the addressee stays out # The coach told reporters: "We played badly." # Direct Source=The coach | Cue=told | Content="We played badly."
      infinitive to # The senator used the hearing to argue that the tax was unfair. # Indirect Source=The senator | Cue=to argue | Content=that the tax was unfair
      no colon no to # The mayor said that the road would reopen. # Indirect Source=The mayor | Cue=said | Content=that the road would reopen
      """)
  void cueEdges(String name, String text, String expected) {
    assertEquals(expected, render(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', quoteCharacter = '\'', textBlock = """
      expletive subject # It is clear that the plan failed.
      expletive seem # It seems that the talks have collapsed.
      perception not a document # The video shows a man running from the building.
      support without content # His support among young voters has fallen.
      topic noun # His comments about the war upset many veterans.
      noun without source # Calls for an inquiry grew louder.
      adjunct before the verb # At the rally, the senator complained loudly.
      scare quote # Civilians were used as "human shields" by the militia.
      title of a work # She is reading “The Old Man and the Sea” this week.
      film title with verb # The film “Gone With the Wind” opened in Atlanta.
      no speech at all # The storm damaged the roof of the school.
      """)
  void notAttributions(String name, String text) {
    assertEquals("", render(text));
  }
}
