package org.newsrel.spark;

import java.util.Iterator;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.StringArrayParam;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The newsrel pipeline as a Spark ML stage: annotates the text column of each row and
 * appends the layer columns of {@link DocumentRows} (entities, attributions, relations,
 * token offsets, error). Rows stream through {@code mapPartitions} one at a time; the
 * pipeline is this executor JVM's ({@link ExecutorPipeline}); a row that cannot be annotated
 * gets the reason in {@code error} and the job goes on.
 *
 * <p>Canonical ids are <b>document-level</b>: a Transformer sees rows, not the corpus, so it
 * cannot link identity across documents. {@link SparkJob} (two passes) gives the
 * corpus-wide ids of {@code newsrel annotate}.
 *
 * <p>Params: {@code inputCol} (default {@code text}, a string column), {@code idCol}
 * (default {@code id}; the document's name in its layers, any type, shown as a string),
 * {@code pipelineProperties} (KEY=VALUE overrides of newsrel's pipeline properties, default
 * none; checked as {@code annotate --prop} checks them, when set and again in
 * {@code transform}, on the driver before any model loads), {@code maxChars} (longer texts are error rows, default
 * {@value ExecutorPipeline#DEFAULT_MAX_CHARS}). Saved and loaded as ML stages are
 * ({@link DefaultParamsWritable}, {@link #read()}).
 */
public final class NewsrelAnnotator extends Transformer implements DefaultParamsWritable {

  private static final long serialVersionUID = 1L;

  private final String uid;
  private final Param<String> inputCol;
  private final Param<String> idCol;
  private final StringArrayParam pipelineProperties;
  private final IntParam maxChars;

  public NewsrelAnnotator() {
    this(Identifiable.randomUID("newsrelAnnotator"));
  }

  /** For {@link #read()} and {@code copy}: ML stages are rebuilt by their uid. */
  public NewsrelAnnotator(String uid) {
    this.uid = uid;
    this.inputCol = new Param<>(this, "inputCol", "text column to annotate");
    this.idCol = new Param<>(this, "idCol", "document id column (the document's name)");
    this.pipelineProperties = new StringArrayParam(this, "pipelineProperties",
        "KEY=VALUE overrides of the newsrel pipeline properties");
    this.maxChars = new IntParam(this, "maxChars", "longest text annotated, in characters; longer ones are error rows");
    setDefault(inputCol, "text");
    setDefault(idCol, "id");
    setDefault(pipelineProperties, new String[0]);
    setDefault(maxChars, ExecutorPipeline.DEFAULT_MAX_CHARS);
  }

  @Override
  public String uid() {
    return uid;
  }

  public Param<String> inputCol() {
    return inputCol;
  }

  public Param<String> idCol() {
    return idCol;
  }

  public StringArrayParam pipelineProperties() {
    return pipelineProperties;
  }

  public IntParam maxChars() {
    return maxChars;
  }

  public NewsrelAnnotator setInputCol(String value) {
    set(inputCol, value);
    return this;
  }

  public NewsrelAnnotator setIdCol(String value) {
    set(idCol, value);
    return this;
  }

  /** Pipeline property overrides, each {@code KEY=VALUE} (as the CLI's {@code --prop}). */
  public NewsrelAnnotator setPipelineProperties(String... keyValues) {
    overrides(keyValues); // refuses a malformed or unknown one now (as annotate --prop), not on the executors
    set(pipelineProperties, keyValues);
    return this;
  }

  public NewsrelAnnotator setMaxChars(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("maxChars must be >= 0: " + value);
    }
    set(maxChars, value);
    return this;
  }

  public String getInputCol() {
    return $(inputCol);
  }

  public String getIdCol() {
    return $(idCol);
  }

  /** The overrides of {@code keyValues}, checked ({@link ExecutorPipeline#checkedOverrides}). */
  static Map<String, String> overrides(String[] keyValues) {
    return ExecutorPipeline.checkedOverrides("pipelineProperties", java.util.List.of(keyValues));
  }

  @Override
  public StructType transformSchema(StructType schema) {
    String text = $(inputCol);
    String id = $(idCol);
    if (!java.util.List.of(schema.fieldNames()).contains(text)) {
      throw new IllegalArgumentException("no input column '" + text + "' in " + schema.simpleString());
    }
    if (!schema.apply(text).dataType().equals(DataTypes.StringType)) {
      throw new IllegalArgumentException("input column '" + text + "' must be a string, not "
          + schema.apply(text).dataType().simpleString());
    }
    if (!java.util.List.of(schema.fieldNames()).contains(id)) {
      throw new IllegalArgumentException("no id column '" + id + "' in " + schema.simpleString());
    }
    return DocumentRows.withLayers(schema);
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    StructType out = transformSchema(dataset.schema());
    int textAt = dataset.schema().fieldIndex($(inputCol));
    int idAt = dataset.schema().fieldIndex($(idCol));
    Map<String, String> overrides = overrides($(pipelineProperties));
    int limit = (Integer) $(maxChars);
    MapPartitionsFunction<Row, Row> annotate = rows -> annotated(rows, idAt, textAt, overrides, limit);
    return dataset.toDF().mapPartitions(annotate, Encoders.row(out));
  }

  /** The rows with their layer columns appended, one at a time as the consumer asks (static: captures no stage). */
  private static Iterator<Row> annotated(Iterator<Row> rows, int idAt, int textAt, Map<String, String> overrides,
      int limit) {
    return LazyIterators.map(rows, r -> {
      String id = String.valueOf(r.get(idAt));
      Object[] layers = ExecutorPipeline.annotate(id, id, r.getString(textAt), overrides, limit);
      Object[] values = new Object[r.length() + layers.length];
      for (int i = 0; i < r.length(); i++) {
        values[i] = r.get(i);
      }
      System.arraycopy(layers, 0, values, r.length(), layers.length);
      return RowFactory.create(values);
    });
  }

  @Override
  public NewsrelAnnotator copy(ParamMap extra) {
    return defaultCopy(extra);
  }

  /** Reads a stage written by {@code write().save(path)}. */
  public static MLReader<NewsrelAnnotator> read() {
    return new DefaultParamsReader<>();
  }

  public static NewsrelAnnotator load(String path) {
    return read().load(path);
  }
}
