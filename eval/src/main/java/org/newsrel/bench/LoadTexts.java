package org.newsrel.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Made-up news texts for the server load benchmark, written for it (not taken from the
 * gold set or any corpus): generic stories about floods, strikes, elections and
 * kidnappings, with direct and reported speech and capture events, so every layer has
 * work. Three sizes, two stories each: short (a headline and two sentences), about 1,000
 * tokens, and about 20,000 characters. Deterministic: the same texts every run.
 */
public final class LoadTexts {

  /** A text of the mix and its size class. */
  public record Text(String kind, String text) {}

  private LoadTexts() {}

  private static final String[][] CAST = {
      {"Marlow", "Tomas Ferreira", "Irene Voss", "the provincial water board", "Daniel Okafor"},
      {"Kestrel Bay", "Amira Haddad", "Piotr Lindqvist", "the port authority", "Grace Mendel"},
  };

  /** Paragraph templates: $P place, $A and $B people, $O an organisation, $C a third person. */
  private static final String[] PARAGRAPHS = {
      "Officials in $P said on Tuesday that flood barriers along the eastern bank had held overnight, although water"
          + " levels were expected to rise again by the weekend.",
      "\"We have never seen the river this high in March,\" said $A, who runs a bakery near the old bridge. $A said the"
          + " family had moved its ovens to the upper floor.",
      "In a statement, $O said that pumping stations were working at full capacity and that no homes had been"
          + " evacuated so far.",
      "Critics of $O, including the opposition councillor $B, said the barriers should have been raised two years"
          + " ago. \"The warnings were there,\" $B told reporters outside the town hall.",
      "Gunmen seized three engineers from a road crew on the highway north of $P on Friday, police said. The"
          + " engineers were taken to a forest camp, according to a local official.",
      "$C, a spokesman for the regional police, said officers had found the abandoned truck but that the kidnappers"
          + " had not yet made contact. \"Our priority is to bring them back alive,\" $C said.",
      "Dock workers in $P walked off the job at dawn, halting cargo traffic for the second time this month. Union"
          + " leaders said the strike would last until wages were discussed.",
      "\"Nobody wants to stop the port, but we cannot feed our children on promises,\" said $A, a crane operator who"
          + " has worked on the docks for nineteen years.",
      "Managers at $O accused the union of breaking an agreement signed in the spring. $B, who chairs the board,"
          + " said the company had offered a raise that the workers had refused.",
      "Voters in $P will choose a new mayor next month, and the two leading candidates clashed on Thursday night over"
          + " housing, transport and the cost of the new stadium.",
      "$C told the audience that the stadium had already created hundreds of jobs. $A replied that the money should"
          + " have gone to schools, and said the city had \"lost its sense of priorities.\"",
      "Soldiers freed two of the hostages in a raid on Sunday, the army said, while the third was still being held."
          + " Relatives of the men gathered outside the hospital in $P.",
  };

  /** The six texts of the mix: short, ~1,000-token and ~20,000-character, two stories each. */
  public static List<Text> mix() {
    List<Text> texts = new ArrayList<>();
    for (int story = 0; story < CAST.length; story++) {
      texts.add(new Text("short", shortText(story)));
      texts.add(new Text("1k-token", story(story, 5_600)));
      texts.add(new Text("20k-char", story(story, 20_000)));
    }
    return List.copyOf(texts);
  }

  private static String shortText(int story) {
    String[] c = CAST[story];
    return "Talks resume in " + c[0] + "\n\"We are ready to listen,\" said " + c[1] + ", a negotiator for the workers. "
        + c[2] + " said the offer would not change.\n";
  }

  /** Paragraphs in turn (starting at a different one per story) until about {@code chars} characters. */
  private static String story(int story, int chars) {
    String[] c = CAST[story];
    StringBuilder sb = new StringBuilder("Day of storms and strikes in " + c[0] + "\n");
    for (int i = story * 5; sb.length() < chars; i++) {
      String p = PARAGRAPHS[i % PARAGRAPHS.length];
      sb.append(p.replace("$P", c[0]).replace("$A", c[1]).replace("$B", c[2]).replace("$O", c[3])
          .replace("$C", c[4])).append('\n');
    }
    return sb.toString();
  }
}
