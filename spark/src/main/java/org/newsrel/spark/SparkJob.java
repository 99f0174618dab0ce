package org.newsrel.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
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
import org.apache.spark.util.SerializableConfiguration;
import org.newsrel.brat.BratFormatException;
import org.newsrel.brat.BratWriter;
import org.newsrel.cli.RunManifest;
import org.newsrel.cli.TextInputs;
import org.newsrel.convert.AnnotateOutput;
import org.newsrel.core.DocumentLayers;
import org.newsrel.ner.CrossDocumentIdentity;

/**
 * The batch job: {@code newsrel annotate} on Spark, in two passes.
 * <ol>
 *   <li>Every document is annotated (document-level ids) in {@code mapPartitions} on the
 *       executors, with this JVM's pipeline ({@link ExecutorPipeline}); the result is
 *       persisted (memory and disk) so that later actions do not annotate again.
 *   <li>The identity records (entities and events of every annotated document, without text
 *       or tokens) are brought to the driver, put in the CLI's order (file names with
 *       {@code .txt}, {@link TextInputs#FILE_NAME_ORDER}; ids for a table) and linked by the
 *       CLI's code ({@link CrossDocumentIdentity#link}); the linked layers are joined back to
 *       the documents on their key. The driver must hold the records of the whole corpus:
 *       see README, "newsrel on Spark", for the limit.
 * </ol>
 * Writes a Parquet table ({@code --out}: {@code id}, {@code text} and the columns of
 * {@link DocumentRows}); with {@code --brat DIR}, also {@code NAME.txt}, {@code NAME.ann},
 * {@code NAME.json} and {@code newsrel-run.tsv} as {@code annotate} writes them, from the
 * driver. A document that cannot be read or annotated is a row with {@code error} set (and a
 * {@code failed} line in the manifest); the job goes on.
 *
 * <p>Never sets a master: {@code spark-submit --master} (or {@code spark.master}) chooses.
 */
public final class SparkJob {

  static final String USAGE = String.join("\n",
      "usage: spark-submit --class org.newsrel.spark.SparkJob newsrel-spark-all.jar --in PATH --out PATH",
      "         [--format txt|parquet|json] [--brat DIR] [--prop KEY=VALUE]... [--max-chars N] [--partitions N]",
      "  --in PATH        a folder of *.txt files (--format txt, the default), or a Parquet table /",
      "                   JSON-lines files with string columns id and text (--format parquet|json)",
      "  --out PATH       the Parquet table of documents to write (must not exist)",
      "  --brat DIR       also write NAME.txt, NAME.ann, NAME.json and newsrel-run.tsv there, as",
      "                   `newsrel annotate` does (written by the driver, on its file system)",
      "  --prop KEY=VALUE pipeline property override (as annotate --prop); repeatable",
      "  --max-chars N    longer texts are error rows (default " + ExecutorPipeline.DEFAULT_MAX_CHARS + ")",
      "  --partitions N   partitions of the annotate pass (default: 4 x spark.default.parallelism)");

  /** Key column: the file name (.txt folder) or the id (table) that orders and joins documents. */
  private static final String KEY = "newsrel_key";

  /** Parsed command line. */
  record Options(String in, String out, String format, Path brat, Map<String, String> props, int maxChars,
      int partitions) {}

  /** What a run did, for the summary line and the benchmark. */
  record Summary(long documents, long failed, long tokens, double annotateSeconds, double identitySeconds,
      double writeSeconds, long heapAfterAnnotateMb, long identityRecords) {}

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

  static Options parse(String[] args) {
    String in = null;
    String out = null;
    String format = "txt";
    Path brat = null;
    Map<String, String> props = new HashMap<>();
    int maxChars = ExecutorPipeline.DEFAULT_MAX_CHARS;
    int partitions = 0;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
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
        case "--brat" -> brat = Path.of(v);
        case "--prop" -> props.putAll(NewsrelAnnotator.overrides(new String[] {v}));
        case "--max-chars" -> maxChars = positive(a, v);
        case "--partitions" -> partitions = positive(a, v);
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    if (in == null || out == null) {
      throw new IllegalArgumentException("--in and --out are required");
    }
    return new Options(in, out, format, brat, props, maxChars, partitions);
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

  /** The job on {@code spark}; {@code log} gets the progress and summary lines. */
  static Summary run(SparkSession spark, Options o, PrintStream log) throws IOException {
    boolean folder = o.format().equals("txt");
    int partitions = o.partitions() > 0 ? o.partitions() : 4 * spark.sparkContext().defaultParallelism();
    StructType pass1Schema = new StructType()
        .add(KEY, DataTypes.StringType, false)
        .add("id", DataTypes.StringType, false)
        .add("text", DataTypes.StringType, true);
    for (StructField f : DocumentRows.LAYER_FIELDS) {
      pass1Schema = pass1Schema.add(f);
    }
    Map<String, String> props = new HashMap<>(o.props());
    int maxChars = o.maxChars();

    // pass 1: annotate every document (document-level ids), persisted
    long t0 = System.nanoTime();
    Dataset<Row> pass1;
    if (folder) {
      // listed here, not by the binaryFile source: it drops empty files and names starting with '.' or '_'
      List<String> paths = listTexts(spark, o.in());
      SerializableConfiguration conf = new SerializableConfiguration(spark.sparkContext().hadoopConfiguration());
      MapPartitionsFunction<Row, Row> f = rows -> annotatedFiles(rows, conf, props, maxChars);
      pass1 = spark.createDataset(paths, Encoders.STRING()).toDF("path")
          .repartition(partitions, col("path")).mapPartitions(f, Encoders.row(pass1Schema));
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
      MapPartitionsFunction<Row, Row> f = rows -> annotatedTable(rows, repeated, props, maxChars);
      pass1 = table.repartition(partitions, col("id")).mapPartitions(f, Encoders.row(pass1Schema));
    }
    pass1 = pass1.persist(StorageLevel.MEMORY_AND_DISK());
    long documents = pass1.count();
    if (documents == 0) {
      pass1.unpersist();
      throw new IllegalArgumentException(folder ? "no *.txt files in " + o.in() : "no rows in " + o.in());
    }
    double annotateSeconds = (System.nanoTime() - t0) / 1e9;
    long heapMb = liveHeapMb();
    log.printf("pass 1: %d documents annotated in %.1f s%n", documents, annotateSeconds);

    // pass 2: corpus-wide identity on the driver, in the CLI's document order
    long t1 = System.nanoTime();
    // streamed a partition at a time; only the key and the layers (no Rows) stay on the driver
    record Keyed(String key, DocumentLayers layers) {}
    List<Keyed> records = new ArrayList<>();
    Iterator<Row> rows = pass1.filter(col(DocumentRows.ERROR).isNull())
        .select(KEY, "id", DocumentRows.ENTITIES, DocumentRows.ATTRIBUTIONS, DocumentRows.RELATIONS,
            DocumentRows.TOKEN_COUNT)
        .toLocalIterator();
    while (rows.hasNext()) {
      Row r = rows.next();
      records.add(new Keyed(r.getString(0), DocumentRows.layers(r, r.getString(1), "")));
    }
    Comparator<String> order = folder ? TextInputs.FILE_NAME_ORDER : Comparator.naturalOrder();
    records.sort(Comparator.comparing(Keyed::key, order));
    List<DocumentLayers> forLinking = records.stream().map(Keyed::layers).toList();
    List<DocumentLayers> linked = CrossDocumentIdentity.link(forLinking);
    long gc0 = System.nanoTime();
    long recordsMb = liveHeapMb() - heapMb; // records, their layers and the linked layers, held together here
    long gcNanos = System.nanoTime() - gc0; // not counted in the identity time
    forLinking = null;
    List<Row> linkedRows = new ArrayList<>(linked.size());
    for (int i = 0; i < linked.size(); i++) {
      Object[] ids = DocumentRows.identityValues(linked.get(i));
      linkedRows.add(RowFactory.create(records.get(i).key(), ids[0], ids[1], ids[2]));
    }
    records = null;
    StructType linkedSchema = new StructType().add(KEY, DataTypes.StringType, false);
    for (StructField f : DocumentRows.identityFields()) {
      linkedSchema = linkedSchema.add(f);
    }
    Dataset<Row> linkedDf = spark.createDataFrame(linkedRows, linkedSchema);
    double identitySeconds = (System.nanoTime() - t1 - gcNanos) / 1e9;
    log.printf("identity linked across %d documents in %.1f s (driver; records and linked layers ~%d MB of its heap)%n",
        linkedRows.size(), identitySeconds, recordsMb);

    List<String> columns = new ArrayList<>(List.of(KEY, "id", "text"));
    DocumentRows.LAYER_FIELDS.forEach(f -> columns.add(f.name()));
    Dataset<Row> result = pass1.drop(DocumentRows.ENTITIES, DocumentRows.ATTRIBUTIONS, DocumentRows.RELATIONS)
        .join(linkedDf, new String[] {KEY}, "left_outer")
        .select(columns.stream().map(c -> col(c)).toArray(org.apache.spark.sql.Column[]::new));

    long t2 = System.nanoTime();
    result.drop(KEY).write().parquet(o.out());
    if (o.brat() != null) {
      writeBrat(result, o.brat(), order);
    }
    double writeSeconds = (System.nanoTime() - t2) / 1e9;
    long failed = pass1.filter(col(DocumentRows.ERROR).isNotNull()).count();
    Long tokens = pass1.agg(org.apache.spark.sql.functions.sum(DocumentRows.TOKEN_COUNT)).as(Encoders.LONG()).first();
    pass1.unpersist();
    Summary s = new Summary(documents, failed, tokens == null ? 0 : tokens, annotateSeconds, identitySeconds,
        writeSeconds, heapMb, linkedRows.size());
    if (!Double.isNaN(ExecutorPipeline.buildSeconds())) {
      log.printf("newsrel pipeline of this JVM (the executor in local mode) built in %.1f s, within pass 1%n",
          ExecutorPipeline.buildSeconds());
    }
    log.printf("%d documents: %d annotated, %d failed (error column of %s); %d tokens%n", documents,
        documents - failed, failed, o.out(), s.tokens());
    log.printf("annotate pass %.1f s (%.0f tokens/s), identity %.1f s, writing %.1f s; heap in use after pass 1 "
        + "(after GC, this JVM) %d MB%n", annotateSeconds, s.tokens() / annotateSeconds, identitySeconds,
        writeSeconds, heapMb);
    return s;
  }

  /** Heap in use after a full GC in this JVM (the executor too, in local mode). */
  private static long liveHeapMb() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576;
  }

  /** The {@code *.txt} files directly in {@code dir} (any Hadoop file system), as annotate lists them. */
  private static List<String> listTexts(SparkSession spark, String dir) throws IOException {
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(dir);
    FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (!fs.exists(p) || !fs.getFileStatus(p).isDirectory()) {
      throw new IllegalArgumentException("input folder " + dir + " does not exist or is not a folder (--format txt)");
    }
    List<String> paths = new ArrayList<>();
    for (FileStatus st : fs.listStatus(p)) {
      if (st.isFile() && st.getPath().getName().endsWith(".txt")) {
        paths.add(st.getPath().toString());
      }
    }
    return paths;
  }

  /** Pass 1 over files (their paths): read as annotate reads them, then annotated. */
  private static Iterator<Row> annotatedFiles(Iterator<Row> rows, SerializableConfiguration conf,
      Map<String, String> props, int maxChars) {
    return LazyIterators.map(rows, r -> {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(r.getString(0));
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
      return pass1Row(fileName, name, text, ExecutorPipeline.annotate(name, shown, text, props, maxChars));
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
      int maxChars) {
    return LazyIterators.map(rows, r -> {
      String id = r.getString(0);
      String text = r.getString(1);
      if (id == null) {
        return pass1Row("", "", text, DocumentRows.error("a row without id (null): not annotated"));
      }
      if (repeated.contains(id)) {
        return pass1Row(id, id, text, DocumentRows.error(id + ": id of several rows; ids must be unique"));
      }
      return pass1Row(id, id, text, ExecutorPipeline.annotate(id, id, text, props, maxChars));
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

  /**
   * {@code annotate}'s files for every document, streamed to the driver a partition at a
   * time, and the run manifest in the CLI's document order.
   */
  private static void writeBrat(Dataset<Row> result, Path dir, Comparator<String> order) throws IOException {
    Files.createDirectories(dir);
    List<String[]> manifest = new ArrayList<>();
    Iterator<Row> it = result.toLocalIterator();
    while (it.hasNext()) {
      Row r = it.next();
      String key = r.getString(0);
      String name = r.getString(1);
      String error = r.getString(r.fieldIndex(DocumentRows.ERROR));
      if (error == null) {
        error = writeDocument(dir, r, name);
      }
      manifest.add(new String[] {key, name, error});
    }
    manifest.sort(Comparator.comparing(m -> m[0], order));
    BratWriter.writeAtomically(dir.resolve(RunManifest.FILE),
        RunManifest.format(manifest.stream().map(m -> new RunManifest.Entry(m[1], m[2])).toList()));
  }

  /** Writes one document's files; returns null, or why they could not be written. */
  private static String writeDocument(Path dir, Row r, String name) {
    try {
      Path txt = dir.resolve(name + ".txt");
      if (!txt.getParent().equals(dir)) {
        return name + ": not a file name; not written";
      }
      String text = r.getString(2);
      DocumentLayers layers = DocumentRows.layers(r, name, text);
      AnnotateOutput.Formatted f = AnnotateOutput.format(layers, DocumentRows.tokens(r));
      BratWriter.writeAtomically(dir.resolve(name + ".json"), f.json());
      BratWriter.writeAtomically(dir.resolve(name + ".ann"), f.ann());
      BratWriter.writeAtomically(txt, text);
      return null;
    } catch (IOException | RuntimeException e) {
      return name + ": cannot write output: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }
}
