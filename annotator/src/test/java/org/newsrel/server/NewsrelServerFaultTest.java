package org.newsrel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server under bad input and abuse, on the JVM's one {@link TestServer} (256 KiB
 * bodies, 4 requests in flight, 3 s to send a request): each fault gets a clear short
 * answer (or, for a client that is gone, none), and after each the server still answers a
 * normal request correctly (checked after every test: the quote's source starts "Lena Marsh").
 * All traffic is to 127.0.0.1; every loop is bounded in count and time.
 */
class NewsrelServerFaultTest {

  private static final String TEXT = NewsrelServerTest.TEXT;

  /** About 1,000 tokens of made-up news: long enough that annotating takes a while. */
  static final String LONG_TEXT = longText();

  @AfterEach
  void stillServesANormalRequest() throws Exception {
    HttpResponse<String> r = TestServer.post(TestServer.NEWSREL_JSON, TEXT);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(quoteSource(r.body()).startsWith("Lena Marsh"), r.body());
    waitUntil(() -> TestServer.get().inFlight() == 0, 30);
    assertEquals(0, TestServer.get().inFlight(), "every admitted request has been answered");
  }

  @Test
  void bodyOverTheLimitGets413BeforeItIsRead() throws Exception {
    int declared = TestServer.LIMITS.maxBodyBytes() + 1;
    String answer = raw("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain; charset=UTF-8\r\n"
        + "Content-Length: " + declared + "\r\n\r\n", "x".repeat(4096).getBytes(StandardCharsets.US_ASCII));
    assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
    assertTrue(answer.contains("request body too large: " + declared + " bytes; the limit is 262144 bytes"), answer);
    assertNoStackTrace(answer);
  }

  @Test
  void chunkedBodyOverTheLimitGets413WhenTheLimitIsPassed() throws Exception {
    ByteArrayOutputStream chunks = new ByteArrayOutputStream();
    byte[] chunk = "y".repeat(8192).getBytes(StandardCharsets.US_ASCII);
    for (int sent = 0; sent <= TestServer.LIMITS.maxBodyBytes(); sent += chunk.length) {
      chunks.write(("2000\r\n").getBytes(StandardCharsets.US_ASCII));
      chunks.write(chunk);
      chunks.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    String answer = raw("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain; charset=UTF-8\r\n"
        + "Transfer-Encoding: chunked\r\n\r\n", chunks.toByteArray());
    assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
    assertTrue(answer.contains("over the limit of 262144 bytes"), answer);
  }

  @Test
  void invalidUtf8Gets400NamingTheByte() throws Exception {
    byte[] body = {'T', 'h', 'e', ' ', (byte) 0xC3, '(', ' ', 'e', 'n', 'd', '.'};
    HttpResponse<String> r = TestServer.HTTP.send(TestServer.postRequest(TestServer.NEWSREL_JSON,
        HttpRequest.BodyPublishers.ofByteArray(body), "text/plain; charset=UTF-8"),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(400, r.statusCode(), r.body());
    assertEquals("request body is not valid UTF-8: malformed byte sequence at byte 4 (of 11)\n", r.body());
  }

  @Test
  void unknownCharsetGets415() throws Exception {
    HttpResponse<String> r = TestServer.HTTP.send(TestServer.postRequest(TestServer.NEWSREL_JSON,
        HttpRequest.BodyPublishers.ofString("Text."), "text/plain; charset=klingon-8"),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(415, r.statusCode(), r.body());
    assertTrue(r.body().startsWith("unsupported charset"), r.body());
  }

  @Test
  void utf8WithoutACharsetIsReadAsUtf8() throws Exception {
    // the stock handler would read this body as ISO-8859-1 ("ZoÃ«")
    HttpResponse<String> r = TestServer.post("{\"outputFormat\":\"json\"}", "Zoë Ångström said the bridge was closed.");
    assertEquals(200, r.statusCode(), r.body());
    JsonObject token = NewsrelServerTest.json(r.body()).getJsonArray("sentences").getJsonObject(0)
        .getJsonArray("tokens").getJsonObject(0);
    assertEquals("Zoë", token.getString("word"));
  }

  @Test
  void emptyBodyGets400() throws Exception {
    HttpResponse<String> r = TestServer.post(TestServer.NEWSREL_JSON, "");
    assertEquals(400, r.statusCode(), r.body());
    assertEquals("empty request body: POST the text to annotate\n", r.body());
  }

  @Test
  void requestPastItsTimeoutIsAnsweredAndItsWorkerFreed() throws Exception {
    HttpResponse<String> r = TestServer.post(
        "{\"timeout\":\"50\",\"outputFormat\":\"serialized\",\"serializer\":\"org.newsrel.server.NewsrelJsonSerializer\"}",
        LONG_TEXT);
    assertEquals(500, r.statusCode(), r.body());
    assertEquals("CoreNLP request timed out. Your document may be too long.", r.body());
    // the next request (after this method) is served and nothing stays admitted
  }

  @Test
  void clientThatDisconnectsMidBodyCostsNothing() throws Exception {
    try (Socket s = new Socket("127.0.0.1", TestServer.get().address().getPort())) {
      OutputStream out = s.getOutputStream();
      out.write(("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain; charset=UTF-8\r\n"
          + "Content-Length: 5000\r\n\r\nHalf a text").getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }
  }

  @Test
  void clientThatDisconnectsWhileItsTextIsAnnotatedCostsNothing() throws Exception {
    byte[] body = LONG_TEXT.getBytes(StandardCharsets.UTF_8);
    try (Socket s = new Socket("127.0.0.1", TestServer.get().address().getPort())) {
      OutputStream out = s.getOutputStream();
      out.write(("POST /?properties=" + java.net.URLEncoder.encode(TestServer.NEWSREL_JSON, StandardCharsets.UTF_8)
          + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Length: "
          + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      waitUntil(() -> TestServer.get().inFlight() == 1, 10);
      assertEquals(1, TestServer.get().inFlight(), "the request was admitted before the client left");
    }
    // the annotation finishes, its answer goes nowhere, the slot is released (checked after)
  }

  @Test
  void slowClientIsCutAtTheReadTimeout() throws Exception {
    long start = System.nanoTime();
    boolean cut = false;
    try (Socket s = new Socket("127.0.0.1", TestServer.get().address().getPort())) {
      s.setSoTimeout(1000);
      OutputStream out = s.getOutputStream();
      out.write(("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain; charset=UTF-8\r\n"
          + "Content-Length: 1000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      // one byte every 200 ms would take 200 s; stop after 15 s whatever happens
      for (int i = 0; i < 75 && !cut; i++) {
        try {
          out.write('a');
          out.flush();
          Thread.sleep(200);
          if (s.getInputStream().available() > 0 || peekClosed(s)) {
            cut = true;
          }
        } catch (IOException e) {
          cut = true;
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    assertTrue(cut, "the server kept reading a byte every 200 ms for 15 s");
    assertTrue(seconds < TestServer.LIMITS.readTimeoutSeconds() + 5, "cut after " + seconds + " s");
  }

  @Test
  void hundredRequestsAtOnceGetAnswersOrBusyAndProbesStillAnswer() throws Exception {
    List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      all.add(TestServer.HTTP.sendAsync(TestServer.postRequest(TestServer.NEWSREL_JSON,
          HttpRequest.BodyPublishers.ofString(TEXT), "text/plain; charset=UTF-8"),
          HttpResponse.BodyHandlers.ofString()));
    }
    // while they are in flight the probes answer promptly
    long t0 = System.nanoTime();
    assertEquals(200, TestServer.get("/live").statusCode());
    assertEquals(200, TestServer.get("/ready").statusCode());
    double probeSeconds = (System.nanoTime() - t0) / 1e9;
    Map<Integer, Integer> statuses = new TreeMap<>();
    for (CompletableFuture<HttpResponse<String>> f : all) {
      HttpResponse<String> r = f.get(300, TimeUnit.SECONDS);
      statuses.merge(r.statusCode(), 1, Integer::sum);
      if (r.statusCode() == 200) {
        assertTrue(quoteSource(r.body()).startsWith("Lena Marsh"), r.body());
      } else {
        assertEquals(503, r.statusCode(), r.body());
        assertEquals("busy: 4 requests are being annotated or queued (the limit); retry later\n", r.body());
        assertEquals("1", r.headers().firstValue("Retry-After").orElse(""));
      }
    }
    assertEquals(100, statuses.values().stream().mapToInt(Integer::intValue).sum());
    assertTrue(statuses.getOrDefault(200, 0) >= 1 && statuses.getOrDefault(503, 0) >= 1, statuses.toString());
    assertTrue(probeSeconds < 10, "probes took " + probeSeconds + " s under load");
  }

  @Test
  void unservedEndpointsGet404() throws Exception {
    for (String path : List.of("/shutdown", "/shutdown?key=guess", "/tokensregex?pattern=x", "/semgrex", "/tregex",
        "/scenegraph", "/corenlp-brat.js", "/no/such/page")) {
      HttpResponse<String> r = TestServer.get(path);
      assertEquals(404, r.statusCode(), path + " -> " + r.body());
      assertTrue(r.body().startsWith("not found: "), r.body());
    }
    HttpResponse<String> post = TestServer.HTTP.send(HttpRequest.newBuilder(
        java.net.URI.create(TestServer.base() + "/shutdown")).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(404, post.statusCode());
    HttpResponse<String> page = TestServer.get("/");
    assertEquals(405, page.statusCode(), page.body());
    assertEquals("POST", page.headers().firstValue("Allow").orElse(""));
  }

  @Test
  void propertiesThatChangeAnnotatorsPathsOrClassesGet401() throws Exception {
    for (String props : List.of(
        "{\"annotators\":\"tokenize,ssplit,pos,lemma,ner,parse,coref\"}",
        "{\"pos.model\":\"/etc/passwd\"}",
        "{\"tokensregex.rules\":\"/etc/passwd\"}",
        "{\"customAnnotatorClass.newsrel_ner\":\"java.lang.Object\"}",
        "{\"inputFormat\":\"serialized\"}",
        "{\"outputFormat\":\"serialized\",\"outputSerializer\":\"edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer\"}")) {
      HttpResponse<String> r = TestServer.post(props, "Short text.");
      assertEquals(401, r.statusCode(), props + " -> " + r.body());
      assertEquals("{\"message\": \"Unauthorized API request\"}", r.body());
    }
  }

  /** The Source of the attribution whose content starts "We are doing everything". */
  static String quoteSource(String body) {
    JsonObject nr = NewsrelServerTest.json(body).getJsonObject("newsrel");
    return nr.getJsonArray("attributions").getValuesAs(JsonObject.class).stream()
        .filter(a -> NewsrelServerTest.role(a, "Content").contains("We are doing everything we can"))
        .map(a -> NewsrelServerTest.role(a, "Source")).findFirst().orElse("(no such quote)");
  }

  private static void assertNoStackTrace(String answer) {
    assertFalse(answer.contains("Exception") || answer.contains("\tat "), answer);
  }

  /** Sends {@code head} and {@code body} on a fresh connection; returns what comes back within 10 s. */
  private static String raw(String head, byte[] body) throws IOException {
    try (Socket s = new Socket("127.0.0.1", TestServer.get().address().getPort())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      try {
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
      } catch (IOException e) {
        // the server may answer and close before all of it is sent
      }
      InputStream in = s.getInputStream();
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      byte[] buf = new byte[4096];
      try {
        int n;
        while ((n = in.read(buf)) > 0) {
          got.write(buf, 0, n);
          if (got.toString(StandardCharsets.UTF_8).contains("\r\n\r\n") && complete(got.toString(StandardCharsets.UTF_8))) {
            break;
          }
        }
      } catch (SocketTimeoutException | java.net.SocketException e) {
        // keep what arrived
      }
      return got.toString(StandardCharsets.UTF_8);
    }
  }

  /** Whether a response with a Content-length header has all of its body. */
  private static boolean complete(String response) {
    int split = response.indexOf("\r\n\r\n");
    for (String line : response.substring(0, split).split("\r\n")) {
      if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
        int len = Integer.parseInt(line.substring(15).trim());
        return response.length() - split - 4 >= len;
      }
    }
    return false;
  }

  private static boolean peekClosed(Socket s) throws IOException {
    try {
      s.setSoTimeout(1);
      return s.getInputStream().read() < 0;
    } catch (SocketTimeoutException e) {
      return false;
    } finally {
      s.setSoTimeout(1000);
    }
  }

  interface Condition {
    boolean holds();
  }

  static void waitUntil(Condition c, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!c.holds() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  private static String longText() {
    String[] paragraphs = {
        "Officials in the river province of Marlow said on Tuesday that flood barriers along the eastern bank had held"
            + " overnight, although water levels were expected to rise again by the weekend.",
        "\"We have never seen the river this high in March,\" said Tomas Ferreira, who runs a bakery near the old"
            + " bridge. He said his family had moved their ovens to the upper floor.",
        "The provincial water board said in a statement that pumping stations were working at full capacity and that"
            + " no homes had been evacuated so far.",
        "Critics of the board, including the opposition councillor Irene Voss, said the barriers should have been"
            + " raised two years ago. \"The warnings were there,\" she told reporters outside the town hall.",
        "Engineers from the national flood agency arrived in the provincial capital on Wednesday morning to inspect"
            + " the levees, a spokesman for the agency said.",
    };
    StringBuilder sb = new StringBuilder("Marlow river rises as barriers hold\n");
    for (int i = 0; sb.length() < 5600; i++) {
      sb.append(paragraphs[i % paragraphs.length]).append("\n");
    }
    return sb.toString();
  }
}
