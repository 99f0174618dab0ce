package org.newsrel.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands in front of CoreNLP's annotation handler and answers, with a short plain-text
 * message, every request that handler would mishandle: a path other than {@code /}
 * (404), a method other than POST (405), a server still loading its models (503), a body
 * over the byte limit (413, checked on {@code Content-Length} before reading and again
 * while reading a chunked body), an empty body (400), a body that is not valid in its
 * charset (400; UTF-8 unless {@code Content-Type} names another), and more requests than
 * the annotation threads plus the queue bound (503 "busy", {@code Retry-After: 1}).
 *
 * <p>What passes is handed to CoreNLP's handler as {@code text/plain} in UTF-8, whatever
 * media type the client named: the stock handler would otherwise decode a body without a
 * charset as ISO-8859-1, and URL-decode a form-typed one (curl's default), turning each
 * {@code +} of the text into a space. A client that
 * goes away, or is cut by the HTTP server's request time limit while sending, only costs
 * its own exchange. Bodies are read (at most {@code maxBodyBytes} each) on the HTTP
 * server's threads before admission, so the bodies held at once are bounded by the size
 * of that thread pool.
 */
final class RequestGate implements HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(RequestGate.class);

  /** The media type every admitted body is handed on with: the text as it is, never URL-decoded. */
  private static final String PLAIN_UTF8 = "text/plain;charset=UTF-8";

  private final HttpHandler annotate;
  private final Supplier<String> notReady;
  private final int maxBodyBytes;
  private final int maxInFlight;
  private final Semaphore inFlight;
  private final AtomicInteger active = new AtomicInteger();

  /**
   * @param annotate the handler that annotates (CoreNLP's)
   * @param notReady why the server cannot annotate yet, or null once it can
   * @param maxBodyBytes the largest body read, in bytes
   * @param maxInFlight requests annotating or waiting for an annotation thread at once
   */
  RequestGate(HttpHandler annotate, Supplier<String> notReady, int maxBodyBytes, int maxInFlight) {
    if (maxBodyBytes < 1 || maxInFlight < 1) {
      throw new IllegalArgumentException("maxBodyBytes and maxInFlight must be positive: " + maxBodyBytes + ", "
          + maxInFlight);
    }
    this.annotate = annotate;
    this.notReady = notReady;
    this.maxBodyBytes = maxBodyBytes;
    this.maxInFlight = maxInFlight;
    this.inFlight = new Semaphore(maxInFlight);
  }

  /** Requests admitted and not yet answered. */
  int inFlight() {
    return maxInFlight - inFlight.availablePermits();
  }

  /** Requests to {@code /} being read, annotated or answered. */
  int active() {
    return active.get();
  }

  @Override
  public void handle(HttpExchange exchange) {
    active.incrementAndGet();
    try {
      admit(exchange);
    } catch (IOException e) {
      // the client went away or was cut while sending: there is no one to answer
      LOG.debug("request from {} abandoned: {}", exchange.getRemoteAddress(), e.toString());
    } catch (RuntimeException e) {
      LOG.error("request failed", e);
      try {
        text(exchange, 500, "internal error: " + e.getClass().getSimpleName());
      } catch (IOException ignored) {
        // answer already started or client gone
      }
    } finally {
      exchange.close();
      active.decrementAndGet();
    }
  }

  private void admit(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    if (!"/".equals(path)) {
      text(exchange, 404, "not found: " + path + " (served: POST /, GET /ping, /live, /ready)");
      return;
    }
    if (!"POST".equals(exchange.getRequestMethod())) {
      exchange.getResponseHeaders().set("Allow", "POST");
      text(exchange, 405, "method " + exchange.getRequestMethod() + " not allowed: POST the text to annotate to /");
      return;
    }
    String why = notReady.get();
    if (why != null) {
      exchange.getResponseHeaders().set("Retry-After", "5");
      text(exchange, 503, why);
      return;
    }
    String declared = exchange.getRequestHeaders().getFirst("Content-length");
    if (declared != null && tooLong(declared)) {
      text(exchange, 413, "request body too large: " + declared.trim() + " bytes; the limit is " + maxBodyBytes
          + " bytes");
      return;
    }
    byte[] body = readAtMost(exchange.getRequestBody());
    if (body == null) {
      text(exchange, 413, "request body too large: over the limit of " + maxBodyBytes + " bytes");
      return;
    }
    if (body.length == 0) {
      text(exchange, 400, "empty request body: POST the text to annotate");
      return;
    }
    String contentType = exchange.getRequestHeaders().getFirst("Content-type");
    Charset charset;
    try {
      charset = charset(contentType);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      text(exchange, 415, "unsupported charset in Content-Type: " + contentType);
      return;
    }
    String text;
    try {
      text = decode(body, charset);
    } catch (InvalidBody e) {
      text(exchange, 400, "request body is not valid " + charset.name() + ": " + e.getMessage());
      return;
    }
    if (!inFlight.tryAcquire()) {
      exchange.getResponseHeaders().set("Retry-After", "1");
      text(exchange, 503, "busy: " + maxInFlight + " requests are being annotated or queued (the limit); retry later");
      return;
    }
    try {
      annotate.handle(new BufferedExchange(exchange, text.getBytes(StandardCharsets.UTF_8), PLAIN_UTF8));
    } finally {
      inFlight.release();
    }
  }

  private boolean tooLong(String declared) {
    try {
      return Long.parseLong(declared.trim()) > maxBodyBytes;
    } catch (NumberFormatException e) {
      return false; // the HTTP server itself refuses a malformed length
    }
  }

  /** The body, or null when it is longer than the limit (reading stops there). */
  private byte[] readAtMost(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    int n;
    while ((n = in.read(buf, 0, Math.min(buf.length, maxBodyBytes + 1 - out.size()))) > 0) {
      out.write(buf, 0, n);
      if (out.size() > maxBodyBytes) {
        return null;
      }
    }
    return out.toByteArray();
  }

  /** The charset a Content-Type names ({@code charset=}, quotes and spaces allowed), UTF-8 when none. */
  static Charset charset(String contentType) {
    if (contentType != null) {
      for (String param : contentType.split(";")) {
        int eq = param.indexOf('=');
        if (eq > 0 && param.substring(0, eq).trim().equalsIgnoreCase("charset")) {
          return Charset.forName(param.substring(eq + 1).trim().replace("\"", ""));
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  /** Decodes strictly: a malformed or unmappable byte sequence is an error naming its byte offset. */
  static String decode(byte[] body, Charset charset) throws InvalidBody {
    CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    CharBuffer out = CharBuffer.allocate((int) Math.ceil(body.length * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      throw new InvalidBody((r.isMalformed() ? "malformed" : "unmappable") + " byte sequence at byte " + in.position()
          + " (of " + body.length + ")");
    }
    return out.flip().toString();
  }

  /** A body that does not decode in its charset. */
  static final class InvalidBody extends Exception {
    InvalidBody(String message) {
      super(message);
    }
  }

  /** Answers with a short plain-text message (UTF-8) and closes the exchange. */
  static void text(HttpExchange exchange, int status, String message) throws IOException {
    byte[] bytes = (message + "\n").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-type", "text/plain;charset=UTF-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
