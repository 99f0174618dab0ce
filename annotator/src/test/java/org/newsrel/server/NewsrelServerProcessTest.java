package org.newsrel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as a process, started as the README starts it (the class's {@code main},
 * {@code -port N -timeout 30000}, on 127.0.0.1) in a child JVM from {@code java.home}
 * with the test classpath: {@code /live} answers while the models load and {@code /ready}
 * does not until they are loaded; the README's curl command gets newsrel's layers; on
 * SIGTERM a request in flight is finished and the process exits 0 within a bound. Every
 * wait is bounded; the child is killed if anything goes wrong.
 */
class NewsrelServerProcessTest {

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void readyOnlyAfterLoadingThenStopsGracefullyOnSigterm(@TempDir Path dir) throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    String base = "http://127.0.0.1:" + port;
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    ProcessBuilder pb = new ProcessBuilder(javaBin.toString(), "-Xmx2g", "-cp", classpath,
        "org.newsrel.server.NewsrelServer", "-port", Integer.toString(port), "-timeout", "30000", "-stopGrace", "30")
        .redirectErrorStream(true);
    Process p = pb.start();
    List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          output.add(line);
        }
      } catch (IOException e) {
        // the child is gone
      }
    });
    reader.setDaemon(true);
    reader.start();
    try {
      waitFor(() -> output.stream().anyMatch(l -> l.startsWith("newsrel server listening on")), 60, output);

      // while the models load: alive, not ready, annotation refused with a reason
      HttpResponse<String> live = get(base + "/live");
      HttpResponse<String> ready = get(base + "/ready");
      HttpResponse<String> early = post(base, "The minister said the talks would resume.");
      assertEquals(200, live.statusCode());
      assertEquals(503, ready.statusCode(), "ready before the models were loaded: " + ready.body());
      assertEquals(503, early.statusCode(), early.body());
      assertTrue(early.body().startsWith("not ready: the models are loading"), early.body());

      long loadStart = System.nanoTime();
      while (get(base + "/ready").statusCode() != 200) {
        assertEquals(200, get(base + "/live").statusCode(), "/live failed during loading");
        if (System.nanoTime() - loadStart > TimeUnit.MINUTES.toNanos(4) || !p.isAlive()) {
          fail("not ready after 4 minutes (or the process died): " + output);
        }
        Thread.sleep(250);
      }

      // the README's curl command
      Path story = dir.resolve("story.txt");
      Files.writeString(story, NewsrelServerTest.TEXT, StandardCharsets.UTF_8);
      String curl = readmeCurl(story, port);
      Process c = new ProcessBuilder("bash", "-c", curl).directory(dir.toFile()).redirectErrorStream(true).start();
      String curlOut = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(c.waitFor(60, TimeUnit.SECONDS), "curl did not finish");
      assertEquals(0, c.exitValue(), curlOut);
      assertTrue(NewsrelServerFaultTest.quoteSource(curlOut).startsWith("Lena Marsh"), curl + "\n-> " + curlOut);

      // a request in flight when SIGTERM comes is finished, then the process exits 0
      String longer = NewsrelServerFaultTest.LONG_TEXT.repeat(3);
      CompletableFuture<HttpResponse<String>> inFlight = HTTP.sendAsync(postRequest(base, longer),
          HttpResponse.BodyHandlers.ofString());
      Thread.sleep(700);
      long stop = System.nanoTime();
      p.destroy(); // SIGTERM
      HttpResponse<String> finished = inFlight.get(60, TimeUnit.SECONDS);
      assertEquals(200, finished.statusCode(), finished.body());
      assertTrue(NewsrelServerTest.json(finished.body()).getJsonObject("newsrel").getJsonArray("attributions").size() > 0,
          "the in-flight answer is complete");
      assertTrue(p.waitFor(40, TimeUnit.SECONDS), "the process did not stop within 40 s of SIGTERM");
      double stopSeconds = (System.nanoTime() - stop) / 1e9;
      assertEquals(0, p.exitValue(), String.join("\n", output));
      assertTrue(stopSeconds < 40, "stopped after " + stopSeconds + " s");
      try (Stream<Path> keys = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
        String prefix = "corenlp.shutdown.newsrel-" + p.pid() + "-";
        assertTrue(keys.noneMatch(k -> k.getFileName().toString().startsWith(prefix)), "shutdown key file left behind");
      }
    } finally {
      if (p.isAlive()) {
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  /** The curl command of README.md's server section, with the port of this test. */
  private static String readmeCurl(Path story, int port) throws IOException {
    Path readme = Path.of(System.getProperty("newsrel.repo", "..")).resolve("README.md");
    List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
    StringBuilder cmd = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().startsWith("curl ")) {
        for (int j = i; j < lines.size(); j++) {
          String l = lines.get(j).trim();
          cmd.append(l.endsWith("\\") ? l.substring(0, l.length() - 1) : l).append(' ');
          if (!l.endsWith("\\")) {
            break;
          }
        }
        break;
      }
    }
    assertTrue(cmd.length() > 0, "no curl command in README.md");
    return cmd.toString().replace(":9000/", ":" + port + "/") + " --silent --show-error --max-time 60";
  }

  private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String base, String text) throws IOException, InterruptedException {
    return HTTP.send(postRequest(base, text), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest postRequest(String base, String text) {
    return HttpRequest.newBuilder(URI.create(base + "/?properties="
            + URLEncoder.encode(TestServer.NEWSREL_JSON, StandardCharsets.UTF_8)))
        .timeout(Duration.ofSeconds(60)).header("Content-Type", "text/plain; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(text)).build();
  }

  interface Condition {
    boolean holds();
  }

  private static void waitFor(Condition c, int seconds, List<String> output) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!c.holds()) {
      if (System.nanoTime() > deadline) {
        fail("timed out after " + seconds + " s; child output: " + output);
      }
      Thread.sleep(50);
    }
  }
}
