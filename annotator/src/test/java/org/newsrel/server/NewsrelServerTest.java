package org.newsrel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.pipeline.Annotation;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.json.Json;
import javax.json.JsonObject;
import javax.json.JsonReader;
import javax.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsrel.pipeline.NewsrelPipeline;

/**
 * The CoreNLP server (stock request handler, {@link NewsrelServer} binding it to
 * loopback) runs newsrel's annotators and returns their layers through
 * {@link NewsrelJsonSerializer}. The JVM's one {@link TestServer}, whose pipeline reuses
 * the models of {@link NewsrelPipeline#shared()} through CoreNLP's global annotator
 * cache, so models are loaded once per JVM.
 */
class NewsrelServerTest {

  /** Made-up news text: a direct quote, an indirect one and a capture. */
  static final String TEXT = """
      Rebels seize two aid workers
      Rebel fighters captured two aid workers near the town of Veldra on Monday.
      "We are doing everything we can to bring them home," said Lena Marsh, a spokeswoman for the charity.
      The regional governor said talks with the rebels had begun.
      """;

  static NewsrelServer server;
  static HttpClient http;
  static String base;

  @BeforeAll
  static void startServer() {
    server = TestServer.get();
    base = TestServer.base();
    http = TestServer.HTTP;
  }

  static HttpResponse<String> post(String properties, String body) throws Exception {
    return TestServer.post(properties, body);
  }

  static JsonObject json(String s) {
    try (JsonReader r = Json.createReader(new StringReader(s))) {
      return r.readObject();
    }
  }

  @Test
  void listensOnLoopbackOnly() throws Exception {
    assertTrue(server.address().getAddress().isLoopbackAddress(), server.address().toString());
    HttpResponse<String> ping = http.send(HttpRequest.newBuilder(URI.create(base + "/ping")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, ping.statusCode());
  }

  @Test
  void returnsAttributionsAndCapturesThroughTheNewsrelSerializer() throws Exception {
    HttpResponse<String> r = post(
        "{\"outputFormat\":\"serialized\",\"serializer\":\"org.newsrel.server.NewsrelJsonSerializer\"}", TEXT);
    assertEquals(200, r.statusCode(), r.body());
    JsonObject doc = json(r.body());
    assertTrue(doc.getJsonArray("sentences").size() >= 4, "stock CoreNLP JSON is kept");
    JsonObject nr = doc.getJsonObject("newsrel");
    assertEquals("newsrel-document", nr.getString("format"));
    assertEquals(1, nr.getInt("format_version"));

    List<JsonObject> attributions = nr.getJsonArray("attributions").getValuesAs(JsonObject.class);
    JsonObject quote = attributions.stream()
        .filter(a -> role(a, "Content").contains("We are doing everything we can")).findFirst()
        .orElseThrow(() -> new AssertionError("direct quote missing: " + attributions));
    assertTrue(role(quote, "Source").contains("Lena Marsh"), quote.toString());

    List<JsonObject> relations = nr.getJsonArray("relations").getValuesAs(JsonObject.class);
    JsonObject capture = relations.stream().filter(e -> e.getString("type").equals("Capture")).findFirst()
        .orElseThrow(() -> new AssertionError("capture missing: " + relations));
    assertTrue(role(capture, "Captive").contains("aid workers"), capture.toString());

    // every offset points at its text in the posted document
    for (JsonValue v : nr.getJsonArray("entities")) {
      JsonObject e = v.asJsonObject();
      assertEquals(TEXT.substring(e.getInt("begin"), e.getInt("end")), e.getString("text"));
    }
  }

  @Test
  void plainJsonStillWorks() throws Exception {
    HttpResponse<String> r = post("{\"outputFormat\":\"json\"}", "The minister said the bridge would reopen.");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(json(r.body()).containsKey("sentences"));
  }

  @Test
  void refusesRequestsThatChangePipelineProperties() throws Exception {
    for (String props : List.of(
        "{\"customAnnotatorClass.x\":\"java.lang.Object\"}",
        "{\"annotators\":\"tokenize,ssplit,regexner\",\"regexner.mapping\":\"/etc/passwd\"}",
        "{\"ner.model\":\"/etc/passwd\"}",
        "{\"outputFormat\":\"serialized\",\"serializer\":\"edu.stanford.nlp.pipeline.GenericAnnotationSerializer\"}",
        "{\"timeout\":\"99999999\"}",
        "{\"outputFormat\":\"custom\",\"customOutputter\":\"java.lang.Object\"}")) {
      HttpResponse<String> r = post(props, "Short text.");
      assertEquals(401, r.statusCode(), props + " -> " + r.body());
    }
  }

  @Test
  void serializerWritesLayersOfAnAnnotatedDocument() throws Exception {
    Annotation doc = new Annotation("\"Stop,\" she said.\n");
    NewsrelPipeline.shared().annotate(doc);
    var out = new java.io.ByteArrayOutputStream();
    new NewsrelJsonSerializer().write(doc, out);
    JsonObject o = json(out.toString(StandardCharsets.UTF_8));
    assertTrue(o.containsKey("sentences") && o.containsKey("newsrel"), o.toString());
  }

  /** The text of an event's role (fragments joined by a space), or "" when absent. */
  static String role(JsonObject event, String role) {
    for (JsonValue v : event.getJsonArray("arguments")) {
      JsonObject a = v.asJsonObject();
      if (a.getString("role").equals(role)) {
        StringBuilder sb = new StringBuilder();
        for (JsonValue f : a.getJsonArray("fragments")) {
          sb.append(sb.length() > 0 ? " " : "").append(f.asJsonObject().getString("text"));
        }
        return sb.toString();
      }
    }
    return "";
  }
}
