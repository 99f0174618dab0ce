package org.newsrel.server;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * An exchange whose request body was already read (and checked) by {@link RequestGate}:
 * the handler behind the gate reads the checked body from memory, with request headers
 * that say how it is encoded; everything else goes to the real exchange.
 */
final class BufferedExchange extends HttpExchange {

  private final HttpExchange real;
  private final Headers requestHeaders;
  private InputStream body;

  BufferedExchange(HttpExchange real, byte[] body, String contentType) {
    this.real = real;
    this.body = new ByteArrayInputStream(body);
    this.requestHeaders = new Headers();
    real.getRequestHeaders().forEach((k, v) -> {
      if (!k.equalsIgnoreCase("Content-type") && !k.equalsIgnoreCase("Content-length")) {
        requestHeaders.put(k, v);
      }
    });
    requestHeaders.set("Content-type", contentType);
    requestHeaders.set("Content-length", Integer.toString(body.length));
  }

  @Override
  public Headers getRequestHeaders() {
    return requestHeaders;
  }

  @Override
  public InputStream getRequestBody() {
    return body;
  }

  @Override
  public void setStreams(InputStream i, OutputStream o) {
    if (i != null) {
      body = i;
    }
    real.setStreams(null, o);
  }

  @Override
  public Headers getResponseHeaders() {
    return real.getResponseHeaders();
  }

  @Override
  public URI getRequestURI() {
    return real.getRequestURI();
  }

  @Override
  public String getRequestMethod() {
    return real.getRequestMethod();
  }

  @Override
  public HttpContext getHttpContext() {
    return real.getHttpContext();
  }

  @Override
  public void close() {
    real.close();
  }

  @Override
  public OutputStream getResponseBody() {
    return real.getResponseBody();
  }

  @Override
  public void sendResponseHeaders(int rCode, long responseLength) throws IOException {
    real.sendResponseHeaders(rCode, responseLength);
  }

  @Override
  public InetSocketAddress getRemoteAddress() {
    return real.getRemoteAddress();
  }

  @Override
  public int getResponseCode() {
    return real.getResponseCode();
  }

  @Override
  public InetSocketAddress getLocalAddress() {
    return real.getLocalAddress();
  }

  @Override
  public String getProtocol() {
    return real.getProtocol();
  }

  @Override
  public Object getAttribute(String name) {
    return real.getAttribute(name);
  }

  @Override
  public void setAttribute(String name, Object value) {
    real.setAttribute(name, value);
  }

  @Override
  public HttpPrincipal getPrincipal() {
    return real.getPrincipal();
  }
}
