package org.newsrel.server;

import com.sun.net.httpserver.HttpServer;
import edu.stanford.nlp.pipeline.StanfordCoreNLPServer;
import edu.stanford.nlp.util.ArgumentParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.newsrel.pipeline.NewsrelPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP's HTTP server ({@link StanfordCoreNLPServer}: its request handler, property
 * handling, timeouts and outputters) running the newsrel pipeline, but bound to ONE
 * address (loopback by default) — the stock server always listens on every interface
 * and has no option to choose one — and with the request properties locked.
 *
 * <h2>Endpoints</h2>
 * {@code POST /} (annotate; the text is the request body, UTF-8; request properties in
 * the {@code properties} URL parameter as in the stock server), {@code GET /ping},
 * {@code /live}, {@code /ready}. Not served: the browser demo page, {@code /shutdown}
 * (its key sits in a world-readable file in /tmp), {@code /tokensregex},
 * {@code /semgrex}, {@code /tregex}, {@code /scenegraph}.
 *
 * <h2>Locked properties</h2>
 * The stock server lets any client set any pipeline property per request, which means
 * loading arbitrary classes ({@code customAnnotatorClass.*}, {@code serializer},
 * {@code customOutputter}) and reading server-side files as models or mappings
 * ({@code ner.model}, {@code regexner.mapping}, ...). When locked (the default) a request
 * may only choose {@link #REQUEST_KEYS}: {@code outputFormat}
 * (json|xml|text|conll|conllu|serialized), {@code serializer}/{@code outputSerializer}
 * (only {@link NewsrelJsonSerializer}), {@code prettyPrint}, {@code output.prettyPrint},
 * {@code timeout} (at most the server's) and {@code date}/{@code docDate}; every other
 * property must keep the server's value. Other requests get HTTP 401.
 *
 * <h2>Command line</h2>
 * <pre>
 * java -Xmx3g -cp newsrel-annotator.jar:... org.newsrel.server.NewsrelServer \
 *     [-host 127.0.0.1] [-port 9000] [-timeout 30000] [-maxCharLength 100000] \
 *     [-threads 2] [-props overrides.properties] [-unlocked]
 * </pre>
 * {@code -port 0} takes a free port (printed). Pipeline properties: newsrel's defaults
 * ({@link NewsrelPipeline#defaultProperties()}) with the {@code -props} file on top.
 *
 * <p>Outputs: with {@code outputFormat=json} CoreNLP's standard JSON (no newsrel layers:
 * CoreNLP's outputter does not know them); with
 * {@code outputFormat=serialized&serializer=org.newsrel.server.NewsrelJsonSerializer},
 * that JSON plus a {@code "newsrel"} object with entities, attributions and relations
 * (see {@link NewsrelJsonSerializer}).
 *
 * <p>{@link #close()} stops the HTTP listener; CoreNLP's own annotation thread pool (a
 * private field of the stock server) is not reachable and keeps its idle threads.
 */
public final class NewsrelServer extends StanfordCoreNLPServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(NewsrelServer.class);

  /** Request properties a client may set on a locked server. */
  public static final Set<String> REQUEST_KEYS = Set.of(
      "outputFormat", "serializer", "outputSerializer", "prettyPrint", "output.prettyPrint", "timeout", "date",
      "docDate");

  private static final Set<String> OUTPUT_FORMATS = Set.of("json", "xml", "text", "conll", "conllu", "serialized");

  private final InetAddress host;
  private final Properties pipelineProps;
  private final boolean locked;
  private final ExecutorService httpThreads;

  /**
   * A server (not yet listening: call {@link #start()}).
   *
   * @param host the one address to listen on, e.g. {@link InetAddress#getLoopbackAddress()}
   * @param port the port, or 0 for any free one
   * @param timeoutMillis the longest a request may annotate
   * @param overrides pipeline properties on top of newsrel's defaults
   * @param locked whether request properties are restricted to {@link #REQUEST_KEYS}
   */
  public NewsrelServer(InetAddress host, int port, int timeoutMillis, Properties overrides, boolean locked)
      throws IOException {
    super(serverProps(overrides), port, timeoutMillis, true);
    this.host = host;
    this.pipelineProps = NewsrelPipeline.defaultProperties();
    this.pipelineProps.putAll(overrides);
    this.locked = locked;
    this.quiet = true; // the stock handler prints every request's text to stdout unless quiet
    this.httpThreads = Executors.newFixedThreadPool(Math.max(2, ArgumentParser.threads), r -> {
      Thread t = new Thread(r, "newsrel-server-http");
      t.setDaemon(true);
      return t;
    });
  }

  private static Properties serverProps(Properties overrides) {
    Properties p = NewsrelPipeline.defaultProperties();
    p.putAll(overrides);
    // The stock constructor deletes and rewrites /tmp/corenlp.shutdown[.ID]: use our own
    // id so that a stock server running on the same machine keeps its key file.
    p.setProperty("server_id", "newsrel-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    return p;
  }

  /** Starts listening; returns the bound address (with the real port when 0 was asked). */
  public InetSocketAddress start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(host, serverPort), 0);
    Predicate<Properties> authenticator = locked ? this::allowed : props -> true;
    server.createContext("/", new CoreNLPHandler(pipelineProps, authenticator, done -> {}, null, "/"));
    server.createContext("/ping", new PingHandler() {});
    server.createContext("/live", new LiveHandler() {});
    server.createContext("/ready", new ReadyHandler(new AtomicBoolean(true)));
    server.setExecutor(httpThreads);
    server.start();
    LOG.info("newsrel server listening on {} (request properties {})", server.getAddress(),
        locked ? "locked" : "UNLOCKED");
    return server.getAddress();
  }

  /** The address it listens on (after {@link #start()}). */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** Whether a request's merged properties only differ from the server's in {@link #REQUEST_KEYS}. */
  boolean allowed(Properties request) {
    for (String key : request.stringPropertyNames()) {
      String value = request.getProperty(key);
      switch (key) {
        case "outputFormat" -> {
          if (!OUTPUT_FORMATS.contains(value.toLowerCase(java.util.Locale.ROOT))) {
            return deny(key, value);
          }
        }
        case "serializer", "outputSerializer" -> {
          if (!value.equals(NewsrelJsonSerializer.class.getName())) {
            return deny(key, value);
          }
        }
        case "timeout" -> {
          try {
            if (Integer.parseInt(value.trim()) > timeoutMilliseconds) {
              return deny(key, value);
            }
          } catch (NumberFormatException e) {
            return deny(key, value);
          }
        }
        case "prettyPrint", "output.prettyPrint", "date", "docDate", "mention.type" -> {
          // harmless; mention.type is added by the stock server itself
        }
        case "inputFormat" -> {
          if (!value.equals("text")) {
            return deny(key, value);
          }
        }
        case "annotators" -> {
          if (!annotatorList(value).equals(annotatorList(pipelineProps.getProperty("annotators", "")))) {
            return deny(key, value);
          }
        }
        default -> {
          if (!value.equals(pipelineProps.getProperty(key))) {
            return deny(key, value);
          }
        }
      }
    }
    return true;
  }

  /** An annotators value as a list; "ssplit" left out (the stock server folds it into tokenize). */
  private static java.util.List<String> annotatorList(String value) {
    return Arrays.stream(value.trim().split("[,\\s]+")).filter(a -> !a.equals("ssplit")).toList();
  }

  private static boolean deny(String key, String value) {
    LOG.warn("request refused: property {}={} may not be set by a client of a locked server", key,
        value.length() > 80 ? value.substring(0, 80) + "..." : value);
    return false;
  }

  /** Same as {@link #start()}, for {@link Runnable} callers. */
  @Override
  public void run() {
    try {
      start();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Stops listening (requests in flight get up to one second). */
  @Override
  public void close() {
    if (server != null) {
      server.stop(1);
    }
    httpThreads.shutdownNow();
    try {
      httpThreads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Command line: see the class comment. */
  public static void main(String[] args) throws IOException {
    String host = "127.0.0.1";
    int port = 9000;
    int timeout = 30_000;
    boolean locked = true;
    Properties overrides = new Properties();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-host" -> host = value(args, ++i, a);
        case "-port" -> port = Integer.parseInt(value(args, ++i, a));
        case "-timeout" -> timeout = Integer.parseInt(value(args, ++i, a));
        case "-maxCharLength" -> maxCharLength = Integer.parseInt(value(args, ++i, a));
        case "-threads" -> ArgumentParser.threads = Integer.parseInt(value(args, ++i, a));
        case "-unlocked" -> locked = false;
        case "-props" -> {
          try (InputStream in = Files.newInputStream(Path.of(value(args, ++i, a)))) {
            overrides.load(in);
          }
        }
        default -> {
          System.err.println("unknown option " + a + "; options: -host ADDR -port N -timeout MS -maxCharLength N"
              + " -threads N -props FILE -unlocked");
          System.exit(2);
        }
      }
    }
    NewsrelServer s = new NewsrelServer(InetAddress.getByName(host), port, timeout, overrides, locked);
    System.out.println("newsrel server listening on " + s.start());
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      System.err.println(option + " needs a value");
      System.exit(2);
    }
    return args[i];
  }
}
