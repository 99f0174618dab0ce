package org.newsrel.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The short version of {@code newsrel server-bench} (8 clients for 20 s against the
 * server on 127.0.0.1, then 10 s of direct annotation): no errors, every answer equal to
 * direct annotation, {@code /ready} 200 throughout, the heap after GC at the end within 150 MB of the start. The speed
 * figures are printed, not asserted (the 3-minute figures are in BENCHMARKS.md).
 */
class ServerLoadTest {

  @Test
  void eightClientsForTwentySecondsGetOnlyCorrectAnswers() throws Exception {
    ServerLoad.Result r = ServerLoad.run(new ServerLoad.Config(8, Duration.ofSeconds(20), Duration.ofSeconds(10),
        120_000), System.out);
    ServerLoad.print(r, System.out);
    assertEquals(0, r.errors(), r.firstProblems().toString());
    assertEquals(0, r.wrong(), r.firstProblems().toString());
    assertTrue(r.requests() >= 8, "only " + r.requests() + " requests in 20 s");
    assertTrue(r.probes() >= 10 && r.probeFailures() == 0, r.probeFailures() + " of " + r.probes()
        + " /ready probes failed under load");
    assertTrue(r.heapEndMb() - r.heapStartMb() < 150, "heap grew from " + r.heapStartMb() + " to " + r.heapEndMb()
        + " MB");
  }

  @Test
  void percentileIsTheNearestRank() {
    long[] ms = {1_000_000, 2_000_000, 3_000_000, 4_000_000};
    assertEquals(2.0, ServerLoad.percentile(ms, 50));
    assertEquals(4.0, ServerLoad.percentile(ms, 99));
    assertEquals(1.0, ServerLoad.percentile(ms, 1));
    assertTrue(Double.isNaN(ServerLoad.percentile(new long[0], 50)));
  }
}
