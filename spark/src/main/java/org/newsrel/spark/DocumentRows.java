package org.newsrel.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.newsrel.core.Argument;
import org.newsrel.core.DocumentLayers;
import org.newsrel.core.EntityMention;
import org.newsrel.core.Event;
import org.newsrel.core.LayoutSpan;
import org.newsrel.core.TextSpan;
import org.newsrel.json.TokenIndex;

/**
 * The newsrel layers of a document as typed Spark columns, and back (lossless: the batch job
 * rebuilds the CLI's {@code .ann}/{@code .json} from these columns). The columns the
 * Transformer appends and the batch job writes to Parquet:
 *
 * <pre>
 * entities     array&lt;struct&lt;begin, end, text, type, canonicalId, canonicalName, confidence, rule&gt;&gt;
 * attributions array&lt;EVENT&gt;   (Attribution, Attribution-no-source; roles Source, Cue, Content)
 * relations    array&lt;EVENT&gt;   (Capture, Kill, ...; roles Captor, Captive, Place, Time, ...)
 * tokenCount   int
 * tokenBegins, tokenEnds  array&lt;int&gt;  (token character offsets, for the JSON's token ranges)
 * layout       array&lt;struct&lt;begin, end, text, kind&gt;&gt;  (datelines, bylines, credits, headlines, boilerplate)
 * error        string       (null when the document was annotated; then every other column is null)
 * EVENT = struct&lt;type, trigger: SPAN, arguments: array&lt;struct&lt;role, fragments: array&lt;SPAN&gt;,
 *         canonicalId, canonicalName&gt;&gt;, attributes: array&lt;struct&lt;name, value&gt;&gt;,
 *         modality (the Modality attribute, or null), confidence, rule&gt;
 * SPAN  = struct&lt;begin, end, text&gt;
 * </pre>
 * Offsets are Java {@code String} indices into the text, end exclusive, as in the CLI's JSON.
 */
public final class DocumentRows {

  public static final String ENTITIES = "entities";
  public static final String ATTRIBUTIONS = "attributions";
  public static final String RELATIONS = "relations";
  public static final String TOKEN_COUNT = "tokenCount";
  public static final String TOKEN_BEGINS = "tokenBegins";
  public static final String TOKEN_ENDS = "tokenEnds";
  public static final String LAYOUT = "layout";
  public static final String ERROR = "error";

  static final StructType SPAN = new StructType()
      .add("begin", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("text", DataTypes.StringType, false);

  static final StructType ENTITY = new StructType()
      .add("begin", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("text", DataTypes.StringType, false)
      .add("type", DataTypes.StringType, false)
      .add("canonicalId", DataTypes.StringType, true)
      .add("canonicalName", DataTypes.StringType, true)
      .add("confidence", DataTypes.DoubleType, false)
      .add("rule", DataTypes.StringType, false);

  static final StructType LAYOUT_SPAN = new StructType()
      .add("begin", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("text", DataTypes.StringType, false)
      .add("kind", DataTypes.StringType, false);

  static final StructType ARGUMENT = new StructType()
      .add("role", DataTypes.StringType, false)
      .add("fragments", DataTypes.createArrayType(SPAN, false), false)
      .add("canonicalId", DataTypes.StringType, true)
      .add("canonicalName", DataTypes.StringType, true);

  static final StructType ATTRIBUTE = new StructType()
      .add("name", DataTypes.StringType, false)
      .add("value", DataTypes.StringType, false);

  static final StructType EVENT = new StructType()
      .add("type", DataTypes.StringType, false)
      .add("trigger", SPAN, false)
      .add("arguments", DataTypes.createArrayType(ARGUMENT, false), false)
      .add("attributes", DataTypes.createArrayType(ATTRIBUTE, false), false)
      .add("modality", DataTypes.StringType, true)
      .add("confidence", DataTypes.DoubleType, false)
      .add("rule", DataTypes.StringType, false);

  private static final DataType INTS = DataTypes.createArrayType(DataTypes.IntegerType, false);

  /** The layer columns, in order (all nullable: an error row has only {@link #ERROR}). */
  public static final List<StructField> LAYER_FIELDS = List.of(
      DataTypes.createStructField(ENTITIES, DataTypes.createArrayType(ENTITY, false), true),
      DataTypes.createStructField(ATTRIBUTIONS, DataTypes.createArrayType(EVENT, false), true),
      DataTypes.createStructField(RELATIONS, DataTypes.createArrayType(EVENT, false), true),
      DataTypes.createStructField(TOKEN_COUNT, DataTypes.IntegerType, true),
      DataTypes.createStructField(TOKEN_BEGINS, INTS, true),
      DataTypes.createStructField(TOKEN_ENDS, INTS, true),
      DataTypes.createStructField(LAYOUT, DataTypes.createArrayType(LAYOUT_SPAN, false), true),
      DataTypes.createStructField(ERROR, DataTypes.StringType, true));

  private DocumentRows() {}

  /** {@code schema} with the layer columns appended; a clash with an existing column is an error. */
  public static StructType withLayers(StructType schema) {
    StructType out = schema;
    for (StructField f : LAYER_FIELDS) {
      if (List.of(schema.fieldNames()).contains(f.name())) {
        throw new IllegalArgumentException("input already has a column named " + f.name()
            + "; newsrel adds the columns " + LAYER_FIELDS.stream().map(StructField::name).toList());
      }
      out = out.add(f);
    }
    return out;
  }

  /** The layer column values of an annotated document, in {@link #LAYER_FIELDS} order. */
  static Object[] values(DocumentLayers d, TokenIndex tokens) {
    return new Object[] {
        seq(d.entities().stream().map(DocumentRows::entity).toList()),
        seq(d.attributions().stream().map(DocumentRows::event).toList()),
        seq(d.relations().stream().map(DocumentRows::event).toList()),
        d.tokenCount(),
        ints(tokens.begins()),
        ints(tokens.ends()),
        seq(d.layout().stream().map(l -> RowFactory.create(l.begin(), l.end(), l.span().text(), l.kind().name()))
            .toList()),
        null};
  }

  /** The values of the {@link #ENTITIES}, {@link #ATTRIBUTIONS} and {@link #RELATIONS} columns. */
  static Object[] identityValues(DocumentLayers d) {
    Object[] all = values(d, new TokenIndex(new int[0], new int[0]));
    return new Object[] {all[0], all[1], all[2]};
  }

  /** The {@link #ENTITIES}, {@link #ATTRIBUTIONS} and {@link #RELATIONS} fields of {@link #LAYER_FIELDS}. */
  static List<StructField> identityFields() {
    return LAYER_FIELDS.subList(0, 3);
  }

  /** The layer column values of a document that could not be annotated. */
  static Object[] error(String reason) {
    return new Object[] {null, null, null, null, null, null, null, reason};
  }

  /**
   * The document's layers from a row holding the layer columns (by name), with {@code name}
   * and {@code text}; a row without the {@link #LAYOUT} column gives an empty layout.
   */
  public static DocumentLayers layers(Row r, String name, String text) {
    List<EntityMention> entities = new ArrayList<>();
    for (Row e : r.<Row>getList(r.fieldIndex(ENTITIES))) {
      entities.add(new EntityMention(new TextSpan(e.getInt(0), e.getInt(1), e.getString(2)), e.getString(3),
          e.getString(4), e.getString(5), e.getDouble(6), e.getString(7)));
    }
    List<LayoutSpan> layout = new ArrayList<>();
    // the identity pass selects the id-bearing columns only: no layout there
    List<Row> layoutRows = List.of(r.schema().fieldNames()).contains(LAYOUT) ? r.getList(r.fieldIndex(LAYOUT)) : List.of();
    for (Row l : layoutRows) {
      layout.add(new LayoutSpan(new TextSpan(l.getInt(0), l.getInt(1), l.getString(2)),
          LayoutSpan.Kind.valueOf(l.getString(3))));
    }
    return new DocumentLayers(name, text, entities, events(r.getList(r.fieldIndex(ATTRIBUTIONS))),
        events(r.getList(r.fieldIndex(RELATIONS))), r.getInt(r.fieldIndex(TOKEN_COUNT)), layout);
  }

  /** The document's token offsets from a row holding the layer columns. */
  public static TokenIndex tokens(Row r) {
    return new TokenIndex(intArray(r.getList(r.fieldIndex(TOKEN_BEGINS))),
        intArray(r.getList(r.fieldIndex(TOKEN_ENDS))));
  }

  private static Row entity(EntityMention m) {
    return RowFactory.create(m.span().begin(), m.span().end(), m.span().text(), m.type(), m.canonicalId(),
        m.canonicalName(), m.confidence(), m.rule());
  }

  private static Row span(TextSpan s) {
    return RowFactory.create(s.begin(), s.end(), s.text());
  }

  private static TextSpan span(Row r) {
    return new TextSpan(r.getInt(0), r.getInt(1), r.getString(2));
  }

  private static Row event(Event e) {
    return RowFactory.create(e.type(), span(e.trigger()),
        seq(e.arguments().stream().map(a -> RowFactory.create(a.role(),
            seq(a.fragments().stream().map(DocumentRows::span).toList()), a.canonicalId(), a.canonicalName()))
            .toList()),
        seq(e.attributes().stream().map(a -> RowFactory.create(a.name(), a.value())).toList()),
        e.attribute("Modality").orElse(null), e.confidence(), e.rule());
  }

  private static List<Event> events(List<Row> rows) {
    List<Event> events = new ArrayList<>(rows.size());
    for (Row e : rows) {
      List<Argument> args = new ArrayList<>();
      for (Row a : e.<Row>getList(2)) {
        args.add(new Argument(a.getString(0), a.<Row>getList(1).stream().map(DocumentRows::span).toList(),
            a.getString(2), a.getString(3)));
      }
      List<Event.Attribute> attrs = e.<Row>getList(3).stream()
          .map(a -> new Event.Attribute(a.getString(0), a.getString(1))).toList();
      events.add(new Event(e.getString(0), span(e.getStruct(1)), args, attrs, e.getDouble(5), e.getString(6)));
    }
    return events;
  }

  private static Object ints(int[] a) {
    List<Integer> boxed = new ArrayList<>(a.length);
    for (int v : a) {
      boxed.add(v);
    }
    return seq(boxed);
  }

  private static int[] intArray(List<Integer> list) {
    int[] a = new int[list.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = list.get(i);
    }
    return a;
  }

  /** A Row's array value must be a Scala {@code Seq}, not a Java {@code List}. */
  static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
  }
}
