package org.newsrel.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.ArgumentParser;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.json.Json;
import javax.json.JsonObject;
import javax.json.JsonReader;
import org.newsrel.pipeline.NewsrelPipeline;
import org.newsrel.server.NewsrelJsonSerializer;
import org.newsrel.server.NewsrelServer;

/**
 * The server under load: {@link NewsrelServer} on a free 127.0.0.1 port in this JVM,
 * {@code clients} threads posting the {@link LoadTexts} mix (each client its own
 * rotation, the next request as soon as the last is answered) for a fixed time; the same
 * mix annotated directly with {@link NewsrelPipeline#shared()} on as many threads as the
 * server annotates with, half of the direct time before the load and half after, gives
 * the tokens/s to compare with. Every answer is checked: HTTP
 * 200 and a {@code "newsrel"} object equal to the one direct annotation of the same text
 * gives; {@code /ready} is probed once a second meanwhile. Heap is measured after full
 * collections once the server is ready and again after the load. All traffic is loopback; the load stops at its deadline (and after at most
 * 100 requests per client-second), each request within the server's timeout plus 30 s.
 */
public final class ServerLoad {

  /**
   * @param clients concurrent clients
   * @param load how long the clients post
   * @param direct how long the in-process comparison annotates (half before the load, half after)
   * @param timeoutMillis the server's per-request timeout
   */
  public record Config(int clients, Duration load, Duration direct, int timeoutMillis) {
    public Config {
      if (clients < 1 || load.isNegative() || load.isZero() || direct.isNegative() || direct.isZero()) {
        throw new IllegalArgumentException("need clients >= 1 and positive durations: " + clients + ", " + load + ", "
            + direct);
      }
    }
  }

  /** Latency of the checked answers for one size of text, in ms. */
  public record KindLatency(String kind, int requests, double p50, double p95, double max) {}

  /** What one run measured. Latencies in milliseconds; heap in MB (after full collections). */
  public record Result(int clients, int annotationThreads, double seconds, long requests, long errors, long wrong,
      double requestsPerSecond, double p50, double p95, double p99, double max, long tokens, double serverTokensPerSecond,
      double directSeconds, long directTokens, double directTokensPerSecond, double heapStartMb, double heapEndMb,
      long probes, long probeFailures, double probeMaxMs, List<KindLatency> byKind, List<String> firstProblems) {

    public Result {
      byKind = List.copyOf(byKind);
      firstProblems = List.copyOf(firstProblems);
    }

    /** The figures as Markdown lines for BENCHMARKS.md. */
    public String markdown() {
      return String.format(Locale.ROOT, """
          | figure | value |
          |---|---|
          | clients / server annotation threads | %d / %d |
          | load duration s | %.1f |
          | requests (answered 200 and checked) | %d |
          | errors (not 200, or no answer) | %d |
          | wrong answers (200, layers differ from direct annotation) | %d |
          | requests/s | %.2f |
          | latency p50 / p95 / p99 / max ms | %.0f / %.0f / %.0f / %.0f |
          | tokens/s through the server | %.0f |
          | tokens/s direct in-process (%d threads, %.1f s) | %.0f |
          | server / direct | %.2f |
          | heap after GC, start / end MB | %.0f / %.0f |
          | /ready probes during the load (one a second): not 200 / slowest ms | %d of %d / %.0f |
          """, clients, annotationThreads, seconds, requests - errors - wrong, errors, wrong, requestsPerSecond, p50, p95,
          p99, max, serverTokensPerSecond, annotationThreads, directSeconds, directTokensPerSecond,
          serverTokensPerSecond / directTokensPerSecond, heapStartMb, heapEndMb, probeFailures, probes, probeMaxMs)
          + byKind.stream().map(k -> String.format(Locale.ROOT, "| latency of %s texts (%d requests) p50 / p95 / max ms "
              + "| %.0f / %.0f / %.0f |%n", k.kind(), k.requests(), k.p50(), k.p95(), k.max())).reduce("", String::concat);
    }
  }

  private static final String PROPERTIES =
      "{\"outputFormat\":\"serialized\",\"serializer\":\"org.newsrel.server.NewsrelJsonSerializer\"}";

  private ServerLoad() {}

  /** Runs the load and the direct comparison; progress lines go to {@code log}. */
  public static Result run(Config c, PrintStream log) throws IOException, InterruptedException {
    List<LoadTexts.Text> texts = LoadTexts.mix();
    StanfordCoreNLP pipeline = NewsrelPipeline.shared();
    List<JsonObject> expected = new ArrayList<>();
    long[] tokens = new long[texts.size()];
    for (int i = 0; i < texts.size(); i++) {
      Annotation doc = new Annotation(texts.get(i).text());
      pipeline.annotate(doc);
      expected.add(parse(NewsrelJsonSerializer.layers(doc)));
      tokens[i] = doc.get(CoreAnnotations.TokensAnnotation.class).size();
      log.printf(Locale.ROOT, "text %d: %s, %,d characters, %,d tokens, %d attributions, %d relations%n", i,
          texts.get(i).kind(), texts.get(i).text().length(), tokens[i],
          expected.get(i).getJsonArray("attributions").size(), expected.get(i).getJsonArray("relations").size());
    }
    int threads = Math.max(1, ArgumentParser.threads);
    // the direct comparison runs half before and half after the load, so that drift of a
    // shared machine's speed over the run does not fall on one side only
    Duration half = c.direct().dividedBy(2);
    log.printf(Locale.ROOT, "direct (first half): %d threads for %d s ...%n", threads, half.toSeconds());
    double[] before = direct(pipeline, texts, tokens, threads, half);

    try (NewsrelServer server = new NewsrelServer(InetAddress.getLoopbackAddress(), 0, c.timeoutMillis(),
        new Properties(), true)) {
      server.start();
      if (!server.awaitReady(Duration.ofMinutes(5))) {
        throw new IllegalStateException("the server did not become ready");
      }
      String url = "http://127.0.0.1:" + server.address().getPort() + "/?properties="
          + URLEncoder.encode(PROPERTIES, StandardCharsets.UTF_8);
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10)).build();
      Duration requestTimeout = Duration.ofMillis(c.timeoutMillis() + 30_000L);
      // one untimed request per text: the server's own pipeline object is built on the first
      for (int i = 0; i < texts.size(); i++) {
        HttpResponse<String> r = http.send(request(url, texts.get(i).text(), requestTimeout),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        log.printf(Locale.ROOT, "text %d through the server: HTTP %d, %,d characters of JSON%n", i, r.statusCode(),
            r.body().length());
      }
      double heapStart = heapAfterGcMb();
      log.printf(Locale.ROOT, "load: %d clients for %d s ...%n", c.clients(), c.load().toSeconds());

      long maxRequests = Math.max(1, c.load().toSeconds()) * c.clients() * 100L;
      AtomicLong started = new AtomicLong();
      List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
      List<List<Long>> latencyOf = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        latencyOf.add(Collections.synchronizedList(new ArrayList<>()));
      }
      List<String> problems = Collections.synchronizedList(new ArrayList<>());
      AtomicLong errors = new AtomicLong();
      AtomicLong wrong = new AtomicLong();
      AtomicLong tokensServed = new AtomicLong();
      long t0 = System.nanoTime();
      long deadline = t0 + c.load().toNanos();
      ExecutorService pool = Executors.newFixedThreadPool(c.clients() + 1);
      List<Future<?>> clients = new ArrayList<>();
      for (int k = 0; k < c.clients(); k++) {
        int client = k;
        clients.add(pool.submit(() -> {
          for (int n = client; System.nanoTime() < deadline && started.incrementAndGet() <= maxRequests; n++) {
            int i = n % texts.size();
            long s = System.nanoTime();
            try {
              HttpResponse<String> r = http.send(request(url, texts.get(i).text(), requestTimeout),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
              long took = System.nanoTime() - s;
              if (r.statusCode() != 200) {
                errors.incrementAndGet();
                note(problems, "HTTP " + r.statusCode() + " for text " + i + ": " + head(r.body()));
              } else if (!expected.get(i).equals(newsrelObject(r.body()))) {
                wrong.incrementAndGet();
                note(problems, "layers differ from direct annotation for text " + i);
              } else {
                latencies.add(took);
                latencyOf.get(i).add(took);
                tokensServed.addAndGet(tokens[i]);
              }
            } catch (IOException | RuntimeException e) {
              errors.incrementAndGet();
              note(problems, "no answer for text " + i + ": " + e);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
          }
        }));
      }
      // /ready once a second while the clients post: it must answer 200, promptly
      AtomicLong probes = new AtomicLong();
      AtomicLong probeFailures = new AtomicLong();
      AtomicLong probeMaxNanos = new AtomicLong();
      String readyUrl = "http://127.0.0.1:" + server.address().getPort() + "/ready";
      clients.add(pool.submit(() -> {
        while (System.nanoTime() < deadline) {
          long s = System.nanoTime();
          try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(readyUrl))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
              probeFailures.incrementAndGet();
            }
          } catch (IOException e) {
            probeFailures.incrementAndGet();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          probes.incrementAndGet();
          probeMaxNanos.accumulateAndGet(System.nanoTime() - s, Math::max);
          try {
            Thread.sleep(1000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }));
      pool.shutdown();
      for (Future<?> f : clients) {
        try {
          f.get(c.load().toMillis() + requestTimeout.toMillis() + 60_000, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
          pool.shutdownNow();
          throw new IllegalStateException("a client did not finish: " + e, e);
        }
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      double heapEnd = heapAfterGcMb();
      log.printf(Locale.ROOT, "direct (second half): %d threads for %d s ...%n", threads, half.toSeconds());
      double[] after = direct(pipeline, texts, tokens, threads, half);
      double[] direct = {before[0] + after[0], before[1] + after[1]};
      log.printf(Locale.ROOT, "direct tokens/s before the load %.0f, after %.0f%n", before[1] / before[0],
          after[1] / after[0]);

      long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
      List<KindLatency> byKind = new ArrayList<>();
      for (String kind : texts.stream().map(LoadTexts.Text::kind).distinct().toList()) {
        long[] k = java.util.stream.IntStream.range(0, texts.size()).filter(i -> texts.get(i).kind().equals(kind))
            .boxed().flatMap(i -> latencyOf.get(i).stream()).mapToLong(Long::longValue).sorted().toArray();
        byKind.add(new KindLatency(kind, k.length, percentile(k, 50), percentile(k, 95), percentile(k, 100)));
      }
      long requests = sorted.length + errors.get() + wrong.get();
      return new Result(c.clients(), threads, seconds, requests, errors.get(), wrong.get(), sorted.length / seconds,
          percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), percentile(sorted, 100),
          tokensServed.get(), tokensServed.get() / seconds, direct[0], (long) direct[1], direct[1] / direct[0],
          heapStart, heapEnd, probes.get(), probeFailures.get(), probeMaxNanos.get() / 1e6, byKind,
          problems);
    }
  }

  /** Annotates the mix in-process on {@code threads} threads for {@code length}; returns {seconds, tokens}. */
  private static double[] direct(StanfordCoreNLP pipeline, List<LoadTexts.Text> texts, long[] tokens, int threads,
      Duration length) throws InterruptedException {
    AtomicLong done = new AtomicLong();
    long t0 = System.nanoTime();
    long deadline = t0 + length.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (int k = 0; k < threads; k++) {
      int thread = k;
      pool.submit(() -> {
        for (int n = thread; System.nanoTime() < deadline; n++) {
          int i = n % texts.size();
          pipeline.annotate(new Annotation(texts.get(i).text()));
          done.addAndGet(tokens[i]);
        }
      });
    }
    pool.shutdown();
    if (!pool.awaitTermination(length.toMillis() + 300_000, TimeUnit.MILLISECONDS)) {
      pool.shutdownNow();
      throw new IllegalStateException("direct annotation did not finish");
    }
    return new double[] {(System.nanoTime() - t0) / 1e9, done.get()};
  }

  private static HttpRequest request(String url, String text, Duration timeout) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
        .header("Content-Type", "text/plain; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build();
  }

  private static JsonObject parse(String json) {
    try (JsonReader r = Json.createReader(new StringReader(json))) {
      return r.readObject();
    }
  }

  /**
   * The {@code "newsrel"} object of an answer. {@link NewsrelJsonSerializer} writes it as the
   * last key, so only that tail is parsed (the clients share the server's cores; parsing
   * CoreNLP's megabytes of token JSON would take CPU from the annotation measured).
   */
  static JsonObject newsrelObject(String body) {
    int at = body.lastIndexOf("\"newsrel\": ");
    int end = body.lastIndexOf('}');
    if (at < 0 || end < at) {
      return null;
    }
    return parse(body.substring(at + "\"newsrel\": ".length(), end));
  }

  private static void note(List<String> problems, String problem) {
    if (problems.size() < 10) {
      problems.add(problem);
    }
  }

  private static String head(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }

  /** The nearest-rank percentile of sorted nanosecond latencies, in ms; NaN when there are none. */
  static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e6;
  }

  /** Heap in use after full collections, in MB. */
  static double heapAfterGcMb() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
  }

  /** Prints {@link Result#markdown()} and the problems, if any. */
  public static void print(Result r, PrintStream out) {
    out.print(r.markdown());
    if (!r.firstProblems().isEmpty()) {
      out.println("first problems:");
      r.firstProblems().forEach(p -> out.println("  " + p));
    }
  }
}
