package org.newsrel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.json.Json;
import javax.json.JsonObject;
import javax.json.JsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsrel serve} as a process (the CLI's {@code main} in a child JVM from
 * {@code java.home} with the test classpath, on a free loopback port), and the README's
 * curl command, taken from README.md, run against it as it stands (only the port
 * changed): its answer is CoreNLP's JSON with newsrel's layers, for a text with a
 * {@code +} and a {@code %2C} in it (taken as they are, not URL-decoded). SIGTERM ends it
 * with exit code 0. Every wait is bounded; the child is killed if anything goes wrong.
 */
class ServeCommandTest {

  static final String STORY = """
      Rebels seize two aid workers
      Rebel fighters captured two aid workers near the town of Veldra on Monday.
      "We are doing everything we can to bring them home," said Lena Marsh, a spokeswoman for the charity.
      Fuel prices rose 5%2C the agency said, and C++ courses were cancelled.""";

  @Test
  void readmeCurlGetsNewsrelLayersFromServe(@TempDir Path dir) throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process p = new ProcessBuilder(javaBin.toString(), "-Xmx2g", "-cp", classpath, "org.newsrel.cli.Main", "serve",
        "--port", Integer.toString(port)).redirectErrorStream(true).start();
    List<String> output = Collections.synchronizedList(new ArrayList<>());
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
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
      while (output.stream().noneMatch(l -> l.startsWith("newsrel server ready"))) {
        if (System.nanoTime() > deadline || !p.isAlive()) {
          fail("serve not ready after 4 minutes (or it died): " + output);
        }
        Thread.sleep(200);
      }
      assertTrue(output.get(0).startsWith("newsrel server listening on http://127.0.0.1:" + port + "/"), output.get(0));
      assertTrue(output.stream().noneMatch(l -> l.contains(" INFO ")), "INFO log lines without --verbose: " + output);

      Files.writeString(dir.resolve("story.txt"), STORY, StandardCharsets.UTF_8);
      String curl = readmeCurl().replace(":9000/", ":" + port + "/");
      Process c = new ProcessBuilder("bash", "-c", curl).directory(dir.toFile()).start();
      String answer = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String curlErr = new String(c.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(c.waitFor(60, TimeUnit.SECONDS), "curl did not finish");
      assertEquals(0, c.exitValue(), curl + "\n" + curlErr);

      JsonObject json;
      try (JsonReader r = Json.createReader(new StringReader(answer))) {
        json = r.readObject();
      }
      assertTrue(json.getJsonArray("sentences").size() >= 4, "CoreNLP's JSON is there: " + answer);
      JsonObject newsrel = json.getJsonObject("newsrel");
      assertEquals("newsrel-document", newsrel.getString("format"));
      assertEquals(STORY.length(), newsrel.getInt("characters"), "the body was taken as it is");
      assertTrue(newsrel.getJsonArray("entities").size() > 0, answer);
      assertTrue(newsrel.getJsonArray("relations").getValuesAs(JsonObject.class).stream()
          .anyMatch(e -> e.getString("type").equals("Capture")), answer);
      assertTrue(newsrel.getJsonArray("attributions").getValuesAs(JsonObject.class).stream()
          .anyMatch(a -> role(a, "Source").startsWith("Lena Marsh")), answer);

      p.destroy(); // SIGTERM
      assertTrue(p.waitFor(40, TimeUnit.SECONDS), "serve did not stop within 40 s of SIGTERM");
      assertEquals(0, p.exitValue(), String.join("\n", output));
    } finally {
      if (p.isAlive()) {
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  /** The text of an event's first argument with {@code role}, or "". */
  private static String role(JsonObject event, String role) {
    return event.getJsonArray("arguments").getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getString("role").equals(role))
        .map(a -> a.getJsonArray("fragments").getJsonObject(0).getString("text")).findFirst().orElse("");
  }

  /** The curl line that follows {@code ./newsrel serve} in README.md. */
  static String readmeCurl() throws IOException {
    Path readme = Path.of(System.getProperty("newsrel.repo", "..")).resolve("README.md");
    List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
    boolean afterServe = false;
    for (String line : lines) {
      String l = line.trim();
      afterServe |= l.startsWith("./newsrel serve");
      if (afterServe && l.startsWith("curl ")) {
        assertTrue(!l.endsWith("\\"), "the README's curl command is one line: " + l);
        return l;
      }
    }
    fail("README.md has no curl line after ./newsrel serve");
    return null;
  }
}
