package org.newsrel.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkEnv;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import org.newsrel.brat.BratFormatException;
import org.newsrel.cli.PropOverrides;
import org.newsrel.run.TextInputs;

/**
 * The batch job: {@code newsrel annotate} on Spark, in two passes.
 * <ol>
 *   <li>Every document is annotated (document-level ids) in {@code mapPartitions} on the
 *       executors, with this JVM's pipeline ({@link ExecutorPipeline}); the result is
 *       persisted (memory and disk) so that later actions do not annotate again. The
 *       documents are cut into many small partitions, longest first (file sizes from the
 *       listing; text lengths for a table), so that the cores finish together instead of
 *       one long partition running alone at the end.
 *   <li>Corpus-wide identity ({@link IdentityPass}): only small cluster records move; they
 *       are linked on the driver or as Spark joins ({@code --link}), in the CLI's document
 *       order, and each document is rewritten with the corpus ids on the executors.
 * </ol>
 * Writes a Parquet table ({@code --out}: {@code id}, {@code text} and the columns of
 * {@link DocumentRows}); with {@code --brat DIR}, also {@code NAME.txt}, {@code NAME.ann},
 * {@code NAME.json} and {@code newsrel-run.tsv} as {@code annotate} writes them
 * ({@link BratOutput}). A document that cannot be read or annotated is a row with
 * {@code error} set (and a {@code failed} line in the manifest); the job goes on. The
 * summary reports the executors' heap after GC sampled during pass 1 ({@link HeapSampler}).
 *
 * <p>Options: {@code --in}, {@code --out}, {@code --format txt|parquet|json},
 * {@code --brat DIR}, {@code --prop KEY=VALUE} (checked as {@code annotate --prop} checks
 * it, {@link PropOverrides}), {@code --max-chars N}, {@code --partitions N},
 * {@code --link auto|driver|distributed}, {@code --heap-every N} (documents between heap
 * samples, per executor; 0: none), {@code --heap-gc} (a full GC before each sample).
 * Never sets a master: {@code spark-submit --master} (or {@code spark.master}) chooses.
 */
public final class SparkJob {

  static final String USAGE = String.join("\n",
      "usage: spark-submit --class org.newsrel.spark.SparkJob newsrel-spark-all.jar --in PATH --out PATH",
      "         [--format txt|parquet|json] [--brat DIR] [--prop KEY=VALUE]... [--max-chars N] [--partitions N]",
      "         [--link auto|driver|distributed] [--heap-every N] [--heap-gc]",
      "  --in PATH        a folder of *.txt files (--format txt, the default), or a Parquet table /",
      "                   JSON-lines files with string columns id and text (--format parquet|json)",
      "  --out PATH       the Parquet table of documents to write (must not exist)",
      "  --brat DIR       also write NAME.txt, NAME.ann, NAME.json and newsrel-run.tsv there, as",
      "                   `newsrel annotate` does (on the job's file system: shared by the executors)",
      "  --prop KEY=VALUE pipeline property override (as annotate --prop, checked the same way); repeatable",
      "  --max-chars N    longer texts are error rows (default " + ExecutorPipeline.DEFAULT_MAX_CHARS + ")",
      "  --partitions N   partitions of the annotate pass (default: ~8 documents each, at least 4 and",
      "                   at most 50 per core of spark.default.parallelism; longest documents first)",
      "  --link WHERE     corpus-wide identity on the driver, distributed (Spark joins), or auto",
      "                   (the default: the driver up to " + IdentityPass.AUTO_DRIVER_MAX + " documents)",
      "  --heap-every N   sample each executor's heap after GC every N documents (default 50; 0: off)",
      "  --heap-gc        force a full GC before each sample (the live heap; pauses the executor: measuring only)");

  private static final String KEY = IdentityPass.KEY;

  /** Parsed command line. */
  record Options(String in, String out, String format, String brat, Map<String, String> props, int maxChars,
      int partitions, IdentityPass.Link link, int heapEvery, boolean heapGc) {}

  /** What a run did, for the summary line and the benchmark. */
  record Summary(long documents, long failed, long tokens, double annotateSeconds, double identitySeconds,
      double parquetSeconds, double bratSeconds, IdentityPass.Link link, long driverRecords,
      List<HeapSampler.Sample> heap) {}

  private SparkJob() {}

  public static void main(String[] args) {
    Options o;
    try {
      o = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("newsrel").getOrCreate();
    int code;
    try {
      Summary s = run(spark, o, System.out);
      code = s.failed() == 0 ? 0 : 1;
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      code = 2;
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  /** The options; a bad one (a refused {@code --prop} too) is an {@link IllegalArgumentException}, before Spark starts. */
  static Options parse(String[] args) {
    String in = null;
    String out = null;
    String format = "txt";
    String brat = null;
    List<String> props = new ArrayList<>();
    int maxChars = ExecutorPipeline.DEFAULT_MAX_CHARS;
    int partitions = 0;
    IdentityPass.Link link = IdentityPass.Link.AUTO;
    int heapEvery = 50;
    boolean heapGc = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--heap-gc")) {
        heapGc = true;
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + a);
      }
      String v = args[++i];
      switch (a) {
        case "--in" -> in = v;
        case "--out" -> out = v;
        case "--format" -> {
          if (!List.of("txt", "parquet", "json").contains(v)) {
            throw new IllegalArgumentException("--format must be txt, parquet or json, not " + v);
          }
          format = v;
        }
        case "--brat" -> brat = v;
        case "--prop" -> props.add(v);
        case "--max-chars" -> maxChars = positive(a, v);
        case "--partitions" -> partitions = positive(a, v);
        case "--link" -> {
          if (!List.of("auto", "driver", "distributed").contains(v)) {
            throw new IllegalArgumentException("--link must be auto, driver or distributed, not " + v);
          }
          link = IdentityPass.Link.valueOf(v.toUpperCase(java.util.Locale.ROOT));
        }
        case "--heap-every" -> heapEvery = v.equals("0") ? 0 : positive(a, v);
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    if (in == null || out == null) {
      throw new IllegalArgumentException("--in and --out are required");
    }
    return new Options(in, out, format, brat, ExecutorPipeline.checkedOverrides("--prop", props), maxChars, partitions,
        link, heapEvery, heapGc);
  }

  private static int positive(String option, String v) {
    try {
      int n = Integer.parseInt(v);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(option + " must be a positive integer, not " + v);
  }

  /** Partitions of pass 1 for {@code documents}: ~8 documents each, 4 to 50 per core. */
  static int defaultPartitions(long documents, int cores) {
    long n = Math.max(4L * cores, (documents + 7) / 8);
    return (int) Math.max(1, Math.min(n, 50L * cores));
  }

  /** The job on {@code spark}; {@code log} gets the progress and summary lines. */
  static Summary run(SparkSession spark, Options o, PrintStream log) throws IOException {
    boolean folder = o.format().equals("txt");
    KeyOrder order = folder ? KeyOrder.FILE_NAMES : KeyOrder.IDS;
    int cores = spark.sparkContext().defaultParallelism();
    StructType pass1Schema = new StructType()
        .add(KEY, DataTypes.StringType, false)
        .add("id", DataTypes.StringType, false)
        .add("text", DataTypes.StringType, true);
    for (StructField f : DocumentRows.LAYER_FIELDS) {
      pass1Schema = pass1Schema.add(f);
    }
    Map<String, String> props = o.props();
    int maxChars = o.maxChars();
    int heapEvery = o.heapEvery();
    boolean heapGc = o.heapGc();
    CollectionAccumulator<HeapSampler.Sample> heap = spark.sparkContext().collectionAccumulator("newsrel heap");

    // pass 1: annotate every document (document-level ids), persisted
    long t0 = System.nanoTime();
    Dataset<Row> pass1;
    int partitions;
    if (folder) {
      // listed here, not by the binaryFile source: it drops empty files and names starting with '.' or '_'
      List<FileStatus> files = listTexts(spark, o.in());
      files.sort(Comparator.comparingLong(FileStatus::getLen).reversed()
          .thenComparing(st -> st.getPath().getName(), KeyOrder.FILE_NAMES));
      partitions = o.partitions() > 0 ? o.partitions() : defaultPartitions(files.size(), cores);
      List<String> paths = files.stream().map(st -> st.getPath().toString()).toList();
      SerializableConfiguration conf = new SerializableConfiguration(spark.sparkContext().hadoopConfiguration());
      // parallelize keeps the list's order in contiguous slices: partition 0 holds the longest texts
      JavaRDD<String> slices = JavaSparkContext.fromSparkContext(spark.sparkContext())
          .parallelize(paths, Math.max(1, Math.min(partitions, paths.size())));
      JavaRDD<Row> rows = slices.mapPartitions(it -> annotatedFiles(it, conf, props, maxChars, heap, heapEvery,
          heapGc));
      pass1 = spark.createDataFrame(rows, pass1Schema);
    } else {
      Dataset<Row> table = o.format().equals("parquet") ? spark.read().parquet(o.in()) : spark.read().json(o.in());
      for (String c : List.of("id", "text")) {
        if (!List.of(table.columns()).contains(c)) {
          throw new IllegalArgumentException(o.in() + " has no column '" + c + "' (columns: "
              + String.join(", ", table.columns()) + ")");
        }
      }
      table = table.select(col("id").cast(DataTypes.StringType).as("id"), col("text").cast(DataTypes.StringType));
      Set<String> repeated = new HashSet<>(table.groupBy("id").count().filter(col("count").gt(1)).select("id")
          .as(Encoders.STRING()).collectAsList());
      partitions = o.partitions() > 0 ? o.partitions() : defaultPartitions(table.count(), cores);
      MapPartitionsFunction<Row, Row> f = rows -> annotatedTable(rows, repeated, props, maxChars, heap, heapEvery,
          heapGc);
      // range partitions on the text's length, longest first
      pass1 = table.repartitionByRange(partitions, length(col("text")).desc(), col("id"))
          .mapPartitions(f, Encoders.row(pass1Schema));
    }
    pass1 = pass1.persist(StorageLevel.MEMORY_AND_DISK());
    long documents = pass1.count();
    if (documents == 0) {
      pass1.unpersist();
      throw new IllegalArgumentException(folder ? "no *.txt files in " + o.in() : "no rows in " + o.in());
    }
    double annotateSeconds = (System.nanoTime() - t0) / 1e9;
    Row counts = pass1.agg(org.apache.spark.sql.functions.count(col(DocumentRows.ERROR)),
        org.apache.spark.sql.functions.sum(DocumentRows.TOKEN_COUNT)).first();
    long failed = counts.getLong(0);
    long tokens = counts.isNullAt(1) ? 0 : counts.getLong(1);
    log.printf("pass 1: %d documents annotated in %.1f s (%d partitions, longest first)%n", documents,
        annotateSeconds, partitions);

    // pass 2: corpus-wide identity, in the CLI's document order
    IdentityPass.Result identity = IdentityPass.run(spark, pass1, documents - failed, order, o.link(),
        Math.max(cores, (int) Math.min(2000, documents / 2000)), props, log);

    long t2 = System.nanoTime();
    identity.linked().drop(KEY).write().parquet(o.out());
    double parquetSeconds = (System.nanoTime() - t2) / 1e9;
    long t3 = System.nanoTime();
    if (o.brat() != null) {
      BratOutput.write(spark, spark.read().parquet(o.out()), o.brat(), order);
    }
    double bratSeconds = (System.nanoTime() - t3) / 1e9;
    pass1.unpersist();
    List<HeapSampler.Sample> samples = new ArrayList<>(heap.value());
    samples.sort(Comparator.comparing(HeapSampler.Sample::executor).thenComparingLong(HeapSampler.Sample::documents));
    Summary s = new Summary(documents, failed, tokens, annotateSeconds, identity.seconds(), parquetSeconds,
        bratSeconds, identity.where(), identity.driverRecords(), samples);
    if (!Double.isNaN(ExecutorPipeline.buildSeconds())) {
      log.printf("newsrel pipeline of this JVM (the executor in local mode) built in %.1f s, within pass 1%n",
          ExecutorPipeline.buildSeconds());
    }
    log.printf("%d documents: %d annotated, %d failed (error column of %s); %d tokens%n", documents,
        documents - failed, failed, o.out(), s.tokens());
    log.printf("annotate pass %.1f s (%.0f tokens/s); identity pass %.1f s (%s%s); Parquet write with the ids "
        + "rewritten %.1f s; brat files %.1f s%n", annotateSeconds, s.tokens() / annotateSeconds, identity.seconds(),
        identity.where() == IdentityPass.Link.DRIVER ? "on the driver" : "distributed",
        identity.driverRecords() >= 0 ? ", " + identity.driverRecords() + " cluster records" : "", parquetSeconds,
        bratSeconds);
    log.print(heapSummary(samples));
    return s;
  }

  /** The heap samples, one line per executor. */
  static String heapSummary(List<HeapSampler.Sample> samples) {
    StringBuilder sb = new StringBuilder();
    String executor = null;
    for (HeapSampler.Sample h : samples) {
      if (!h.executor().equals(executor)) {
        executor = h.executor();
        sb.append(sb.length() == 0 ? "" : "\n").append("executor ").append(executor)
            .append(" heap after GC, MB (documents of this JVM: after latest GC / after latest full GC):");
      }
      sb.append(' ').append(h.documents()).append(": ").append(h.afterGcMb()).append('/')
          .append(h.afterFullGcMb() < 0 ? "-" : String.valueOf(h.afterFullGcMb()));
    }
    return sb.length() == 0 ? "" : sb.append('\n').toString();
  }

  /** The {@code *.txt} files directly in {@code dir} (any Hadoop file system), as annotate lists them. */
  private static List<FileStatus> listTexts(SparkSession spark, String dir) throws IOException {
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(dir);
    FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (!fs.exists(p) || !fs.getFileStatus(p).isDirectory()) {
      throw new IllegalArgumentException("input folder " + dir + " does not exist or is not a folder (--format txt)");
    }
    List<FileStatus> files = new ArrayList<>();
    for (FileStatus st : fs.listStatus(p)) {
      if (st.isFile() && st.getPath().getName().endsWith(".txt")) {
        files.add(st);
      }
    }
    return files;
  }

  /** A heap sample to the accumulator when this JVM's document count calls for one. */
  private static void sampleHeap(CollectionAccumulator<HeapSampler.Sample> heap, int every, boolean fullGc) {
    HeapSampler.Sample s = HeapSampler.onDocument(every, fullGc, SparkEnv.get().executorId());
    if (s != null) {
      heap.add(s);
    }
  }

  /** Pass 1 over files (their paths): read as annotate reads them, then annotated. */
  private static Iterator<Row> annotatedFiles(Iterator<String> paths, SerializableConfiguration conf,
      Map<String, String> props, int maxChars, CollectionAccumulator<HeapSampler.Sample> heap, int heapEvery,
      boolean heapGc) {
    return LazyIterators.map(paths, p -> {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(p);
      String fileName = path.getName();
      String name = TextInputs.stem(Path.of(fileName));
      String shown = "file".equals(path.toUri().getScheme()) ? path.toUri().getPath() : path.toString();
      String text;
      try {
        byte[] bytes = read(path, conf.value(), maxChars);
        if (bytes == null) {
          return pass1Row(fileName, name, null, DocumentRows.error(shown + ": file longer than maxChars="
              + maxChars + " characters can be; not annotated"));
        }
        text = TextInputs.decode(shown, bytes);
      } catch (BratFormatException e) {
        return pass1Row(fileName, name, null, DocumentRows.error(e.getMessage()));
      } catch (IOException | RuntimeException | OutOfMemoryError e) {
        return pass1Row(fileName, name, null, DocumentRows.error(shown + ": cannot read: "
            + e.getClass().getSimpleName() + ": " + e.getMessage()));
      }
      Object[] layers = ExecutorPipeline.annotate(name, shown, text, props, maxChars);
      sampleHeap(heap, heapEvery, heapGc);
      return pass1Row(fileName, name, text, layers);
    });
  }

  /**
   * The file's bytes; null when it has more bytes than a text of {@code maxChars} characters
   * can have in UTF-8 (3 per UTF-16 unit, and a byte-order mark), so it is never read whole.
   */
  private static byte[] read(org.apache.hadoop.fs.Path path, Configuration conf, int maxChars) throws IOException {
    FileSystem fs = path.getFileSystem(conf);
    if (fs.getFileStatus(path).getLen() > 3L * maxChars + 3) {
      return null;
    }
    try (java.io.InputStream in = fs.open(path)) {
      return in.readAllBytes();
    }
  }

  /** Pass 1 over table rows (id, text); an id of several rows is an error row for each of them. */
  private static Iterator<Row> annotatedTable(Iterator<Row> rows, Set<String> repeated, Map<String, String> props,
      int maxChars, CollectionAccumulator<HeapSampler.Sample> heap, int heapEvery, boolean heapGc) {
    return LazyIterators.map(rows, r -> {
      String id = r.getString(0);
      String text = r.getString(1);
      if (id == null) {
        return pass1Row("", "", text, DocumentRows.error("a row without id (null): not annotated"));
      }
      if (repeated.contains(id)) {
        return pass1Row(id, id, text, DocumentRows.error(id + ": id of several rows; ids must be unique"));
      }
      Object[] layers = ExecutorPipeline.annotate(id, id, text, props, maxChars);
      sampleHeap(heap, heapEvery, heapGc);
      return pass1Row(id, id, text, layers);
    });
  }

  private static Row pass1Row(String key, String id, String text, Object[] layers) {
    Object[] values = new Object[3 + layers.length];
    values[0] = key;
    values[1] = id;
    values[2] = text;
    System.arraycopy(layers, 0, values, 3, layers.length);
    return RowFactory.create(values);
  }
}
