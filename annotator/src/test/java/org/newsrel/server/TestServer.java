package org.newsrel.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import org.newsrel.pipeline.NewsrelPipeline;

/**
 * One {@link NewsrelServer} per test JVM, on a free loopback port, with small limits so
 * that the fault tests reach them quickly: 256 KiB bodies, 2 queued requests (4 in flight
 * with the default 2 annotation threads), 3 s to send a request, 120 s per annotation.
 * Its pipeline reuses the models of {@link NewsrelPipeline#shared()} through CoreNLP's
 * annotator cache. Never closed: the JVM's end stops it.
 */
final class TestServer {

  static final NewsrelServer.Limits LIMITS = new NewsrelServer.Limits(256 * 1024, 2, 3, 10);
  static final int TIMEOUT_MILLIS = 120_000;
  static final String NEWSREL_JSON =
      "{\"outputFormat\":\"serialized\",\"serializer\":\"org.newsrel.server.NewsrelJsonSerializer\"}";

  private TestServer() {}

  static NewsrelServer get() {
    return Holder.SERVER;
  }

  static String base() {
    return "http://127.0.0.1:" + get().address().getPort();
  }

  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  static HttpResponse<String> post(String properties, String body) throws IOException, InterruptedException {
    return HTTP.send(postRequest(properties, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8), null),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static HttpRequest postRequest(String properties, HttpRequest.BodyPublisher body, String contentType) {
    String url = base() + "/?properties=" + URLEncoder.encode(properties, StandardCharsets.UTF_8);
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(180)).POST(body);
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return b.build();
  }

  static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static final class Holder {
    static final NewsrelServer SERVER = start();

    private static NewsrelServer start() {
      NewsrelPipeline.shared(); // load the models once; the server's pipeline reuses them
      try {
        NewsrelServer s = new NewsrelServer(InetAddress.getLoopbackAddress(), 0, TIMEOUT_MILLIS, new Properties(), true,
            LIMITS);
        s.start();
        if (!s.awaitReady(Duration.ofMinutes(5))) {
          throw new IllegalStateException("test server did not become ready");
        }
        return s;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
