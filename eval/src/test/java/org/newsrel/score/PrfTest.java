package org.newsrel.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PrfTest {

  @Test
  void emptyDenominatorsAreNotAvailable() {
    assertEquals("tp=0 fp=0 fn=0 P=n/a R=n/a F1=n/a", Prf.ZERO.toString());
    assertEquals("tp=0 fp=2 fn=0 P=0.0000 R=n/a F1=0.0000", new Prf(0, 2, 0).toString());
    assertEquals("tp=0 fp=0 fn=3 P=n/a R=0.0000 F1=0.0000", new Prf(0, 0, 3).toString());
  }

  @Test
  void f1IsTwoTpOverTwoTpPlusErrors() {
    assertEquals("tp=2 fp=1 fn=3 P=0.6667 R=0.4000 F1=0.5000", new Prf(2, 1, 3).toString());
  }

  @Test
  void microAddsCountsMacroAveragesDefinedF1s() {
    List<Prf> docs = List.of(new Prf(1, 0, 0), new Prf(0, 1, 1), Prf.ZERO);
    assertEquals(new Prf(1, 1, 1), Prf.sum(docs));
    assertEquals(OptionalDouble.of(0.5), Prf.macroF1(docs));
    assertEquals(OptionalDouble.empty(), Prf.macroF1(List.of(Prf.ZERO, Prf.ZERO)));
  }

  @Test
  void accuracyAndFormatting() {
    assertEquals("n/a", Ratio.format(new Accuracy(0, 0).value()));
    assertEquals("2/3 = 0.6667", new Accuracy(2, 3).toString());
    assertEquals("[0.2500, 0.7500]", new Interval(0.25, 0.75).toString());
  }
}
