package com.example.whosaidwhat;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The jar works from another project: the pipeline builds from a properties file and finds the speakers. */
class WhoSaidWhatTest {

  @Test
  void findsWhoSaidWhatInTheSampleStory() {
    List<String> lines = new WhoSaidWhat().attributions(WhoSaidWhat.SAMPLE);
    lines.forEach(l -> System.out.println("who-said-what: " + l));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("Maria Kovacs") && l.contains("We will not release the vessel")),
        "direct quote of Maria Kovacs missing: " + lines);
    assertTrue(lines.stream().anyMatch(l -> l.contains("Tomas Reyes") && l.contains("the crew had done nothing wrong")),
        "indirect quote of Tomas Reyes missing: " + lines);
  }
}
