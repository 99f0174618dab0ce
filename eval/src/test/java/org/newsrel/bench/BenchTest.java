package org.newsrel.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchTest {

  @Test
  void ratioIsNotAvailableWhenAFigureIsMissing() {
    assertEquals("2.50x", Bench.ratio(5, 2));
    assertEquals("n/a", Bench.ratio(Double.NaN, 2));
    assertEquals("n/a", Bench.ratio(5, 0));
  }

  @Test
  void tableShowsMissingFiguresAsNotAvailableAndFailuresPlainly() {
    Bench.Config c = new Bench.Config("newsrel scale 2", "newsrel", "1g", 2, List.of(Path.of("a.txt"), Path.of("b.txt")),
        0, null);
    String t = Bench.table(List.of(
        new Bench.Row(c, Map.of("documents", 2.0, "tokens", 300.0, "construct_s", 4.25, "cold_tokens_per_s", 150.0,
            "live_heap_mb", 400.0, "peak_rss_mb", 900.0)),
        new Bench.Row(c, Map.of("failed", 1.0))));
    assertTrue(t.contains("| newsrel scale 2 | 2 | 300 | 1g | 2 | 4.3 | 150 | n/a | n/a | 400 | 900 |"), t);
    assertTrue(t.contains("| newsrel scale 2 | 2 | | 1g | 2 | FAILED |"), t);
  }
}
