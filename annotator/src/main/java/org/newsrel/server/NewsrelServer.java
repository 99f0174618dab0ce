package org.newsrel.server;

import com.sun.net.httpserver.HttpServer;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.StanfordCoreNLPServer;
import edu.stanford.nlp.util.ArgumentParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
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
 * {@code POST /} (annotate; the text is the request body, as it is, UTF-8 unless the
 * {@code Content-Type} names another charset; request properties in the
 * {@code properties} URL parameter as in the stock server), {@code GET /ping},
 * {@code /live}, {@code /ready}. Not served (404): the browser demo page,
 * {@code /shutdown} (its key sits in a world-readable file in /tmp), {@code /tokensregex},
 * {@code /semgrex}, {@code /tregex}, {@code /scenegraph}, any other path.
 *
 * <h2>Faults and load</h2>
 * A {@link RequestGate} in front of CoreNLP's handler answers with a short plain-text
 * message: a body over {@link Limits#maxBodyBytes()} gets 413 (before it is read when
 * {@code Content-Length} says so), an empty body 400, a body that does not decode in its
 * charset 400, a method other than POST 405, more than {@code -threads} +
 * {@link Limits#maxQueued()} requests at once 503 "busy" ({@code Retry-After: 1}). A
 * client that takes longer than {@link Limits#readTimeoutSeconds()} to send its request
 * is disconnected. A request that runs past its {@code timeout} gets CoreNLP's 500
 * "CoreNLP request timed out" and its annotation is interrupted (CoreNLP stops it at the
 * next annotator). Texts longer than {@code -maxCharLength} get CoreNLP's 400.
 *
 * <h2>Start and stop</h2>
 * {@link #start()} listens at once and loads the models in the background: {@code /live}
 * answers 200 throughout, {@code /ready} 503 until the models are loaded and 200 after,
 * {@code POST /} 503 "not ready" meanwhile. {@link #close()} stops gracefully: /ready
 * and new requests get 503, requests in flight get {@link Limits#stopGraceSeconds()} to
 * finish. The command line does the same on SIGTERM and exits 0.
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
 *     [-threads 2] [-props overrides.properties] [-unlocked] [-maxBodyBytes 1048576] \
 *     [-maxQueued 8] [-readTimeout 20] [-stopGrace 30]
 * </pre>
 * {@code -port 0} takes a free port (printed). Pipeline properties: newsrel's defaults
 * ({@link NewsrelPipeline#defaultProperties()}) with the {@code -props} file on top.
 *
 * <p>Outputs: by default ({@link #DEFAULT_OUTPUT}, the same as asking for
 * {@code outputFormat=serialized&serializer=org.newsrel.server.NewsrelJsonSerializer})
 * CoreNLP's standard JSON plus a {@code "newsrel"} object with entities, attributions and
 * relations (see {@link NewsrelJsonSerializer}); with {@code outputFormat=json} CoreNLP's
 * standard JSON alone (no newsrel layers: CoreNLP's outputter does not know them).
 *
 * <p>The request body is the text, taken as it is whatever its media type: the stock
 * server URL-decodes a body sent as {@code application/x-www-form-urlencoded} (curl's
 * {@code --data-binary} default, and what it assumes when there is no {@code Content-Type}),
 * which turns every {@code +} of a news text into a space and {@code %2C} into a comma.
 * Do not URL-encode it.
 */
public final class NewsrelServer extends StanfordCoreNLPServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(NewsrelServer.class);

  /** Request properties a client may set on a locked server. */
  public static final Set<String> REQUEST_KEYS = Set.of(
      "outputFormat", "serializer", "outputSerializer", "prettyPrint", "output.prettyPrint", "timeout", "date",
      "docDate");

  private static final Set<String> OUTPUT_FORMATS = Set.of("json", "xml", "text", "conll", "conllu", "serialized");

  /** The JDK HTTP server's limit on the time to receive one request (headers and body), in seconds. */
  static final String MAX_REQ_TIME = "sun.net.httpserver.maxReqTime";

  /**
   * Bounds on what one client can cost the server.
   *
   * @param maxBodyBytes the largest request body read, in bytes (larger: 413)
   * @param maxQueued requests that may wait for an annotation thread (more: 503 "busy")
   * @param readTimeoutSeconds the longest a client may take to send one request, headers and body
   * @param stopGraceSeconds how long {@link #close()} waits for requests in flight
   */
  public record Limits(int maxBodyBytes, int maxQueued, int readTimeoutSeconds, int stopGraceSeconds) {

    /** 1 MiB bodies, 8 queued, 20 s to send a request, 30 s to finish requests on stop. */
    public static final Limits DEFAULT = new Limits(1 << 20, 8, 20, 30);

    public Limits {
      if (maxBodyBytes < 1 || maxQueued < 0 || readTimeoutSeconds < 1 || stopGraceSeconds < 0) {
        throw new IllegalArgumentException("server limits out of range: maxBodyBytes " + maxBodyBytes
            + " (>= 1), maxQueued " + maxQueued + " (>= 0), readTimeout " + readTimeoutSeconds + " s (>= 1), stopGrace "
            + stopGraceSeconds + " s (>= 0)");
      }
    }
  }

  private final InetAddress host;
  private final Properties pipelineProps;
  private final boolean locked;
  private final Limits limits;
  private final int annotationThreads;
  private final String serverId;
  private final ExecutorService httpThreads;
  private final AtomicBoolean ready = new AtomicBoolean(false);
  private final AtomicBoolean stopping = new AtomicBoolean(false);
  private final CountDownLatch loaded = new CountDownLatch(1);
  private volatile String loadFailure;
  /** Holds the loaded annotators strongly (CoreNLP's annotator cache holds them softly). */
  private volatile StanfordCoreNLP loadedPipeline;
  private volatile RequestGate gate;

  /**
   * A server with the {@link Limits#DEFAULT default limits} (not yet listening: call {@link #start()}).
   *
   * @param host the one address to listen on, e.g. {@link InetAddress#getLoopbackAddress()}
   * @param port the port, or 0 for any free one
   * @param timeoutMillis the longest a request may annotate
   * @param overrides pipeline properties on top of newsrel's defaults
   * @param locked whether request properties are restricted to {@link #REQUEST_KEYS}
   */
  public NewsrelServer(InetAddress host, int port, int timeoutMillis, Properties overrides, boolean locked)
      throws IOException {
    this(host, port, timeoutMillis, overrides, locked, Limits.DEFAULT);
  }

  /**
   * A server (not yet listening: call {@link #start()}); annotation threads: CoreNLP's
   * {@code ArgumentParser.threads} (the {@code -threads} option; default: the cores).
   */
  public NewsrelServer(InetAddress host, int port, int timeoutMillis, Properties overrides, boolean locked,
      Limits limits) throws IOException {
    this(serverProps(overrides), host, port, timeoutMillis, overrides, locked, limits);
  }

  private NewsrelServer(Properties serverProps, InetAddress host, int port, int timeoutMillis, Properties overrides,
      boolean locked, Limits limits) throws IOException {
    super(serverProps, port, timeoutMillis, true);
    this.host = host;
    this.serverId = serverProps.getProperty("server_id");
    this.pipelineProps = pipelineProperties(overrides);
    this.locked = locked;
    this.limits = limits;
    this.quiet = true; // the stock handler prints every request's text to stdout unless quiet
    // the stock server's annotation pool has ArgumentParser.threads threads (read by its constructor)
    this.annotationThreads = Math.max(1, ArgumentParser.threads);
    // every admitted request holds an HTTP thread while it waits for its annotation; the
    // extra threads keep /live, /ready and the fast refusals answering under full load
    this.httpThreads = Executors.newFixedThreadPool(annotationThreads + limits.maxQueued() + 4, r -> {
      Thread t = new Thread(r, "newsrel-server-http");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * The answer a request gets when it names no {@code outputFormat}: CoreNLP's JSON with
   * newsrel's layers ({@link NewsrelJsonSerializer}). The stock server's default, plain
   * CoreNLP JSON, does not carry them; a request may still ask for it with
   * {@code outputFormat=json}, and overrides may choose another default.
   */
  public static final Map<String, String> DEFAULT_OUTPUT = Map.of("outputFormat", "serialized", "serializer",
      NewsrelJsonSerializer.class.getName());

  /** newsrel's default pipeline properties, the default output, then {@code overrides}. */
  private static Properties pipelineProperties(Properties overrides) {
    Properties p = NewsrelPipeline.defaultProperties();
    if (!overrides.containsKey("outputFormat")) {
      p.putAll(DEFAULT_OUTPUT);
    }
    p.putAll(overrides);
    return p;
  }

  private static Properties serverProps(Properties overrides) {
    Properties p = pipelineProperties(overrides);
    // The stock constructor deletes and rewrites /tmp/corenlp.shutdown[.ID]: use our own
    // id so that a stock server running on the same machine keeps its key file.
    p.setProperty("server_id", "newsrel-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    return p;
  }

  /**
   * Starts listening and loads the models in the background; returns the bound address
   * (with the real port when 0 was asked). Until the models are loaded {@code /ready}
   * answers 503 and {@code POST /} 503 "not ready"; {@code /live} and {@code /ping} answer
   * at once. {@link #awaitReady} waits for the load.
   *
   * <p>The request read limit ({@link Limits#readTimeoutSeconds()}) is the JDK HTTP
   * server's {@code sun.net.httpserver.maxReqTime}, a JVM-wide setting read once, when the
   * first HTTP server of the JVM starts: it is set here unless already set, so it holds
   * when this is the JVM's first HTTP server.
   */
  public InetSocketAddress start() throws IOException {
    if (System.getProperty(MAX_REQ_TIME) == null) {
      System.setProperty(MAX_REQ_TIME, Integer.toString(limits.readTimeoutSeconds()));
    }
    server = HttpServer.create(new InetSocketAddress(host, serverPort), 0);
    Predicate<Properties> authenticator = locked ? this::allowed : props -> true;
    gate = new RequestGate(new CoreNLPHandler(pipelineProps, authenticator, done -> {}, null, "/"), this::notReady,
        limits.maxBodyBytes(), annotationThreads + limits.maxQueued());
    server.createContext("/", gate);
    server.createContext("/ping", new PingHandler() {});
    server.createContext("/live", new LiveHandler() {});
    server.createContext("/ready", new ReadyHandler(ready));
    server.setExecutor(httpThreads);
    server.start();
    Thread load = new Thread(this::load, "newsrel-server-load");
    load.setDaemon(true);
    load.start();
    LOG.info("newsrel server listening on {} (request properties {}; loading models)", server.getAddress(),
        locked ? "locked" : "UNLOCKED");
    return server.getAddress();
  }

  /** Builds the pipeline (the models go into CoreNLP's annotator cache, where the request handler finds them). */
  private void load() {
    try {
      StanfordCoreNLP pipeline = new StanfordCoreNLP(pipelineProps);
      pipeline.annotate(new Annotation("The minister said the talks would resume on Monday."));
      loadedPipeline = pipeline;
      ready.set(!stopping.get());
      LOG.info("newsrel server ready on {}", server.getAddress());
    } catch (RuntimeException | Error e) {
      loadFailure = e.toString();
      LOG.error("newsrel server: the pipeline failed to load; POST / answers 503", e);
    } finally {
      loaded.countDown();
    }
  }

  /** Why POST / cannot be served now, or null when it can. */
  private String notReady() {
    if (stopping.get()) {
      return "not ready: the server is stopping";
    }
    if (loadFailure != null) {
      return "not ready: the pipeline failed to load (" + loadFailure + ")";
    }
    return ready.get() ? null : "not ready: the models are loading; retry when /ready answers 200";
  }

  /** Waits until the models are loaded; true when the server is ready, false on a load failure or time-out. */
  public boolean awaitReady(Duration timeout) throws InterruptedException {
    return loaded.await(timeout.toMillis(), TimeUnit.MILLISECONDS) && ready.get();
  }

  /** Why the models failed to load (then {@code POST /} answers 503 for good), or empty. */
  public java.util.Optional<String> loadFailure() {
    return java.util.Optional.ofNullable(loadFailure);
  }

  /** Whether {@code /ready} answers 200. */
  public boolean isReady() {
    return ready.get();
  }

  /** Requests admitted past the gate and not yet answered (annotating or queued). */
  public int inFlight() {
    return gate == null ? 0 : gate.inFlight();
  }

  /** The limits it runs with. */
  public Limits limits() {
    return limits;
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

  /**
   * Stops gracefully: {@code /ready} and new annotation requests answer 503 at once;
   * requests in flight get up to {@link Limits#stopGraceSeconds()} to finish; then the
   * listener closes (connections still open are cut) and the shutdown key file goes.
   * Returns the number of requests cut off (0 when all finished). CoreNLP's own
   * annotation thread pool (a private field of the stock server) is not reachable and
   * keeps its idle threads.
   */
  @Override
  public void close() {
    closeGracefully();
  }

  /** {@link #close()}, returning the number of requests still in flight when the grace ran out. */
  public int closeGracefully() {
    stopping.set(true);
    ready.set(false);
    int cut = 0;
    if (server != null) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(limits.stopGraceSeconds());
      while (gate.active() > 0 && System.nanoTime() < deadline) {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      cut = gate.active();
      server.stop(0);
    }
    httpThreads.shutdownNow();
    try {
      httpThreads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      Files.deleteIfExists(Path.of(System.getProperty("java.io.tmpdir"), "corenlp.shutdown." + serverId));
    } catch (IOException e) {
      LOG.warn("could not delete the shutdown key file: {}", e.toString());
    }
    if (cut > 0) {
      LOG.warn("newsrel server stopped with {} request(s) still in flight after {} s", cut, limits.stopGraceSeconds());
    } else {
      LOG.info("newsrel server stopped");
    }
    return cut;
  }

  static final String USAGE = "options: -host ADDR -port N -timeout MS -maxCharLength N -threads N -props FILE"
      + " -unlocked -maxBodyBytes N -maxQueued N -readTimeout S -stopGrace S";

  /**
   * Command line: see the class comment. On SIGTERM (or Ctrl-C) the server stops as
   * {@link #close()} does and the process exits 0; bad options exit 2 with a message.
   */
  public static void main(String[] args) {
    String host = "127.0.0.1";
    int port = 9000;
    int timeout = 30_000;
    boolean locked = true;
    Limits d = Limits.DEFAULT;
    int maxBody = d.maxBodyBytes();
    int maxQueued = d.maxQueued();
    int readTimeout = d.readTimeoutSeconds();
    int stopGrace = d.stopGraceSeconds();
    Properties overrides = new Properties();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-host" -> host = value(args, ++i, a);
        case "-port" -> port = intValue(args, ++i, a);
        case "-timeout" -> timeout = intValue(args, ++i, a);
        case "-maxCharLength" -> maxCharLength = intValue(args, ++i, a);
        case "-threads" -> ArgumentParser.threads = intValue(args, ++i, a);
        case "-maxBodyBytes" -> maxBody = intValue(args, ++i, a);
        case "-maxQueued" -> maxQueued = intValue(args, ++i, a);
        case "-readTimeout" -> readTimeout = intValue(args, ++i, a);
        case "-stopGrace" -> stopGrace = intValue(args, ++i, a);
        case "-unlocked" -> locked = false;
        case "-props" -> {
          String file = value(args, ++i, a);
          try (InputStream in = Files.newInputStream(Path.of(file))) {
            overrides.load(in);
          } catch (IOException e) {
            fail("cannot read -props file " + file + ": " + e);
          }
        }
        default -> fail("unknown option " + a + "; " + USAGE);
      }
    }
    if (ArgumentParser.threads < 1) {
      fail("-threads must be at least 1");
    }
    NewsrelServer s;
    InetSocketAddress bound;
    try {
      s = new NewsrelServer(InetAddress.getByName(host), port, timeout, overrides, locked,
          new Limits(maxBody, maxQueued, readTimeout, stopGrace));
      bound = s.start();
    } catch (IllegalArgumentException | IOException e) {
      fail("cannot start the server on " + host + ":" + port + ": " + e.getMessage());
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      s.closeGracefully();
      // a requested stop is a normal end: exit 0, not the JVM's 143 for SIGTERM
      Runtime.getRuntime().halt(0);
    }, "newsrel-server-stop"));
    System.out.println("newsrel server listening on " + bound);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      fail(option + " needs a value; " + USAGE);
    }
    return args[i];
  }

  private static int intValue(String[] args, int i, String option) {
    String v = value(args, i, option);
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      fail(option + " needs a whole number, not '" + v + "'");
      return 0;
    }
  }

  private static void fail(String message) {
    System.err.println("newsrel server: " + message);
    System.exit(2);
  }
}
