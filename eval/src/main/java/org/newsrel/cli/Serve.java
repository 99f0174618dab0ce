package org.newsrel.cli;

import edu.stanford.nlp.util.ArgumentParser;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.newsrel.run.UsageException;
import org.newsrel.server.NewsrelServer;

/**
 * {@code newsrel serve}: {@link NewsrelServer} (CoreNLP's server with the newsrel pipeline,
 * request properties locked, newsrel's layers as the default answer) until SIGTERM or
 * Ctrl-C, which stop it gracefully and end the process with exit code 0. Prints where it
 * listens at once and a line when the models are loaded.
 */
final class Serve {

  /** The options: {@code threads} null for CoreNLP's default (the cores). */
  record Config(String host, int port, int timeoutMillis, Integer threads, Properties overrides) {}

  private Serve() {}

  static int run(Config c, PrintStream out, PrintStream err) throws UsageException, InterruptedException {
    InetAddress address;
    try {
      address = InetAddress.getByName(c.host());
    } catch (UnknownHostException e) {
      throw new UsageException("--host " + c.host() + ": no such address");
    }
    if (c.threads() != null) {
      ArgumentParser.threads = c.threads(); // the stock server sizes its annotation pool from this
    }
    NewsrelServer server;
    InetSocketAddress bound;
    try {
      server = new NewsrelServer(address, c.port(), c.timeoutMillis(), c.overrides(), true);
      bound = server.start();
    } catch (IOException e) {
      throw new UsageException("cannot listen on " + c.host() + ":" + c.port() + " (--host, --port): " + e.getMessage());
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      int cut = server.closeGracefully();
      out.println("newsrel server stopped" + (cut > 0 ? " (" + cut + " request(s) cut off)" : ""));
      out.flush();
      // a requested stop is a normal end: exit 0, not the JVM's 143 for SIGTERM
      Runtime.getRuntime().halt(0);
    }, "newsrel-serve-stop"));
    String url = "http://" + bound.getAddress().getHostAddress() + ":" + bound.getPort() + "/";
    out.println("newsrel server listening on " + url + " (loading the models; /ready answers 200 once loaded)");
    while (!server.awaitReady(Duration.ofSeconds(2))) {
      if (server.loadFailure().isPresent()) {
        err.println("newsrel server: the pipeline failed to load: " + server.loadFailure().get());
        server.close();
        return 3;
      }
    }
    out.println("newsrel server ready: curl --data-binary @story.txt " + url);
    new CountDownLatch(1).await(); // until the shutdown hook ends the process
    return 0;
  }
}
