package org.newsrel.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BootstrapTest {

  private static List<Prf> documents() {
    List<Prf> docs = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      docs.add(new Prf(i % 5, i % 3, (i * 7) % 4));
    }
    return docs;
  }

  @Test
  void sameSeedSameInterval() {
    Optional<Interval> a = Bootstrap.defaults().microF1(documents());
    Optional<Interval> b = Bootstrap.defaults().microF1(documents());
    assertEquals(a, b);
    assertTrue(a.isPresent());
  }

  @Test
  void intervalContainsThePointEstimate() {
    Interval ci = Bootstrap.defaults().microF1(documents()).orElseThrow();
    double f1 = Prf.sum(documents()).f1().orElseThrow();
    assertTrue(ci.contains(f1), ci + " should contain " + f1);
    assertTrue(ci.high() > ci.low());
  }

  @Test
  void nothingToResampleGivesNoInterval() {
    assertEquals(Optional.empty(), Bootstrap.defaults().microF1(List.of()));
    assertEquals(Optional.empty(), Bootstrap.defaults().microF1(List.of(Prf.ZERO, Prf.ZERO)));
    assertEquals(Optional.empty(), new Bootstrap(1, 0, 0.95).microF1(documents()));
  }

  @Test
  void identicalDocumentsGiveADegenerateInterval() {
    Interval ci = Bootstrap.defaults().microF1(List.of(new Prf(1, 1, 0), new Prf(1, 1, 0))).orElseThrow();
    assertEquals("[0.6667, 0.6667]", ci.toString());
  }
}
