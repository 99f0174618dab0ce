package org.newsrel.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.SerializableConfiguration;
import org.newsrel.brat.AnnotateOutput;
import org.newsrel.brat.BratWriter;
import org.newsrel.core.DocumentLayers;
import org.newsrel.run.RunManifest;

/**
 * The job's {@code --brat DIR}: {@code NAME.txt}, {@code NAME.ann} and {@code NAME.json} of
 * every annotated document as {@code annotate} writes them, built from the Parquet table the
 * job wrote and written by the executors in parallel (each file to a temporary name, then
 * renamed), and {@code newsrel-run.tsv} in the CLI's document order, written by the driver.
 * {@code DIR} is on the job's file system: a local folder in local mode; on a cluster a
 * folder every executor and the driver can reach (HDFS, S3, a shared mount).
 */
final class BratOutput {

  private static final StructType ENTRY = new StructType()
      .add("key", DataTypes.StringType, false)
      .add("name", DataTypes.StringType, false)
      .add("error", DataTypes.StringType, true);

  private BratOutput() {}

  /**
   * Writes the files of the documents of {@code table} (the job's output: id, text, the layer
   * columns); {@code key} gives a document's sort key from its id ({@code NAME.txt} for a
   * folder, the id for a table).
   */
  static void write(SparkSession spark, Dataset<Row> table, String dir, KeyOrder order) throws IOException {
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(dir);
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    FileSystem fs = root.getFileSystem(hadoop);
    root = fs.makeQualified(root);
    fs.mkdirs(root);
    String uri = root.toString();
    SerializableConfiguration conf = new SerializableConfiguration(hadoop);
    boolean folder = order == KeyOrder.FILE_NAMES;
    MapPartitionsFunction<Row, Row> f = rows -> LazyIterators.map(rows, r -> {
      String name = r.getString(0);
      String error = r.getString(r.fieldIndex(DocumentRows.ERROR));
      if (error == null) {
        error = writeDocument(uri, conf.value(), r, name);
      }
      return RowFactory.create(folder ? name + ".txt" : name, name, error);
    });
    List<Row> entries = new ArrayList<>(table.mapPartitions(f, Encoders.row(ENTRY)).collectAsList());
    entries.sort(Comparator.comparing((Row e) -> e.getString(0), order));
    String manifest = RunManifest.format(entries.stream().map(e -> new RunManifest.Entry(e.getString(1),
        e.getString(2))).toList());
    write(root.suffix("/" + RunManifest.FILE), hadoop, manifest);
  }

  /** Writes one document's files; returns null, or why they could not be written. */
  private static String writeDocument(String dir, Configuration conf, Row r, String name) {
    try {
      if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
        return name + ": not a file name; not written";
      }
      String text = r.getString(1);
      DocumentLayers layers = DocumentRows.layers(r, name, text);
      AnnotateOutput.Formatted f = AnnotateOutput.format(layers, DocumentRows.tokens(r));
      org.apache.hadoop.fs.Path base = new org.apache.hadoop.fs.Path(dir);
      write(new org.apache.hadoop.fs.Path(base, name + ".json"), conf, f.json());
      write(new org.apache.hadoop.fs.Path(base, name + ".ann"), conf, f.ann());
      write(new org.apache.hadoop.fs.Path(base, name + ".txt"), conf, text);
      return null;
    } catch (IOException | RuntimeException e) {
      return name + ": cannot write output: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  /** Writes {@code content} (UTF-8) to {@code file} through a temporary name; as {@code annotate} does on a local disk. */
  private static void write(org.apache.hadoop.fs.Path file, Configuration conf, String content) throws IOException {
    if ("file".equals(file.toUri().getScheme())) {
      BratWriter.writeAtomically(Path.of(file.toUri()), content);
      return;
    }
    FileSystem fs = file.getFileSystem(conf);
    org.apache.hadoop.fs.Path tmp = file.suffix(".part");
    try (OutputStream out = fs.create(tmp, true)) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
    fs.delete(file, false);
    if (!fs.rename(tmp, file)) {
      throw new IOException("cannot rename " + tmp + " to " + file);
    }
  }
}
