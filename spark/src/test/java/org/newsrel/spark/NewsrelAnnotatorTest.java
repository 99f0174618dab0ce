package org.newsrel.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newsrel.brat.AnnotateOutput;
import org.newsrel.core.DocumentLayers;
import org.newsrel.identity.CrossDocumentIdentity;
import org.newsrel.pipeline.NewsrelPipeline;
import org.newsrel.run.TextInputs;

/** The Transformer in local[2]: the gold texts against the CLI, poisoned rows, save and load. */
class NewsrelAnnotatorTest {

  static final StructType ID_TEXT = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("text", DataTypes.StringType, true);

  static Dataset<Row> table(List<Row> rows) {
    return LocalSpark.session().createDataFrame(rows, ID_TEXT).repartition(2);
  }

  /** The transformed rows by id. */
  static Map<String, Row> byId(Dataset<Row> out) {
    Map<String, Row> m = new TreeMap<>();
    for (Row r : out.collectAsList()) {
      m.put(r.getString(0), r);
    }
    return m;
  }

  /** An .ann file's lines of one layer: T (entities), E (events), A (attributes), # (canonical ids). */
  static List<String> layer(String ann, char kind) {
    return Arrays.stream(ann.split("\n")).filter(l -> !l.isEmpty() && l.charAt(0) == kind).toList();
  }

  @Test
  void goldTextsGiveTheCliOutputLayerByLayerOnceLinked() throws Exception {
    Path cli = LocalSpark.scratch("transformer-gold-cli");
    LocalSpark.cliAnnotate(LocalSpark.goldTexts(), cli, 0);
    List<Path> files = TextInputs.list(LocalSpark.goldTexts());
    List<Row> rows = new ArrayList<>();
    for (Path f : files) {
      TextInputs.Input in = TextInputs.read(f);
      rows.add(RowFactory.create(in.name(), in.text()));
    }
    Map<String, Row> out = byId(new NewsrelAnnotator().setInputCol("text").setIdCol("id").transform(table(rows)));
    assertEquals(files.size(), out.size());

    // the Transformer's ids are document-level; linked in the CLI's order they must give the CLI's files
    List<DocumentLayers> docs = new ArrayList<>();
    for (Path f : files) {
      Row r = out.get(TextInputs.stem(f));
      assertNull(r.getAs(DocumentRows.ERROR), TextInputs.stem(f));
      docs.add(DocumentRows.layers(r, r.getString(0), ""));
    }
    List<DocumentLayers> linked = CrossDocumentIdentity.link(docs);
    for (int i = 0; i < files.size(); i++) {
      String name = TextInputs.stem(files.get(i));
      Row r = out.get(name);
      String text = r.getString(1);
      DocumentLayers l = linked.get(i);
      AnnotateOutput.Formatted f = AnnotateOutput.format(new DocumentLayers(name, text, l.entities(), l.attributions(),
          l.relations(), l.tokenCount(), l.layout()), DocumentRows.tokens(r));
      String ann = Files.readString(cli.resolve(name + ".ann"), StandardCharsets.UTF_8);
      for (char kind : new char[] {'T', 'E', 'A', '#', 'R'}) {
        assertEquals(layer(ann, kind), layer(f.ann(), kind), name + " layer " + kind);
      }
      assertEquals(ann, f.ann(), name + ".ann");
      assertEquals(Files.readString(cli.resolve(name + ".json"), StandardCharsets.UTF_8), f.json(), name + ".json");
    }
  }

  @Test
  void poisonedRowsAreErrorRowsAndTheOthersAreRight() {
    String good1 = "The interior minister said on Tuesday that the border would stay closed.\n"
        + "\"We are ready,\" said Maria Lopez, the party leader.\n";
    String good2 = "Soldiers captured three fighters near the river on Sunday, the army said.\n";
    String binary = new String(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d},
        StandardCharsets.ISO_8859_1);
    String huge = "Officials said the talks would resume. ".repeat(ExecutorPipeline.DEFAULT_MAX_CHARS / 39 + 1);
    List<Row> rows = List.of(RowFactory.create("good-1", good1), RowFactory.create("binary", binary),
        RowFactory.create("empty", ""), RowFactory.create("null", null), RowFactory.create("huge", huge),
        RowFactory.create("good-2", good2));
    Map<String, Row> out = byId(new NewsrelAnnotator().transform(table(rows)));
    assertEquals(6, out.size());

    assertEquals("binary: binary content: NUL character at offset 8; not a text file", out.get("binary").getAs("error"));
    assertEquals("null: no text (null)", out.get("null").getAs("error"));
    assertEquals("huge: text of " + huge.length() + " characters is longer than maxChars="
        + ExecutorPipeline.DEFAULT_MAX_CHARS + "; not annotated", out.get("huge").getAs("error"));
    for (String bad : List.of("binary", "null", "huge")) {
      assertNull(out.get(bad).getAs(DocumentRows.ENTITIES), bad);
    }
    // an empty text is a document with nothing in it, as in `annotate`
    Row empty = out.get("empty");
    assertNull(empty.getAs("error"));
    assertEquals(0, empty.getList(empty.fieldIndex(DocumentRows.ENTITIES)).size());
    assertEquals(0, (int) empty.getAs(DocumentRows.TOKEN_COUNT));

    for (String id : List.of("good-1", "good-2")) {
      Row r = out.get(id);
      assertNull(r.getAs("error"), id);
      DocumentLayers expected = NewsrelPipeline.annotate(NewsrelPipeline.shared(), id, r.getString(1));
      DocumentLayers actual = DocumentRows.layers(r, id, r.getString(1));
      assertEquals(expected.entities(), actual.entities(), id);
      assertEquals(expected.attributions(), actual.attributions(), id);
      assertEquals(expected.relations(), actual.relations(), id);
      assertEquals(expected.tokenCount(), actual.tokenCount(), id);
      assertTrue(!actual.entities().isEmpty() && !(actual.attributions().isEmpty() && actual.relations().isEmpty()),
          id + " has entities and events: " + actual);
    }
  }

  @Test
  void pipelineThatCannotBeBuiltGivesErrorRowsNamingTheCause() {
    List<Row> rows = List.of(RowFactory.create("a", "The mayor said the bridge would reopen."),
        RowFactory.create("b", "Police said nothing."));
    String bad = "newsrel_attribution.cueClassifier=/no/such/cue-model.bin"; // a known key, a model that is not there
    Map<String, Row> out = byId(new NewsrelAnnotator().setPipelineProperties(bad).transform(table(rows)));
    for (String id : List.of("a", "b")) {
      String error = out.get(id).getAs(DocumentRows.ERROR);
      assertTrue(error != null && error.startsWith(id + ": IllegalArgumentException: cannot build the pipeline with "
          + "{newsrel_attribution.cueClassifier=/no/such/cue-model.bin}: ") && error.contains("cue-model.bin"),
          String.valueOf(error));
    }
  }

  /**
   * Unknown keys, a replaced annotator class and an annotators list without a newsrel layer
   * are refused as {@code annotate --prop} refuses them: when set, and in {@code transform}
   * (a param set directly or loaded), on the driver before any task or model.
   */
  @Test
  void pipelinePropertiesAreCheckedAsTheCliChecksThem() {
    IllegalArgumentException typo = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new NewsrelAnnotator().setPipelineProperties("newsrel_attribution.nestd=true"));
    assertTrue(typo.getMessage().startsWith("pipelineProperties newsrel_attribution.nestd: unknown property (did you mean "
        + "newsrel_attribution.nested?)"), typo.getMessage());
    IllegalArgumentException two = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new NewsrelAnnotator().setPipelineProperties("customAnnotatorClass.newsrel_entities=x.Y",
            "annotators=tokenize,ssplit,pos"));
    assertTrue(two.getMessage().startsWith("pipelineProperties: 2 refused keys:")
        && two.getMessage().contains("annotators=tokenize,ssplit,pos leaves out newsrel_layout (news layout), newsrel_entities (entities)")
        && two.getMessage().contains("customAnnotatorClass.newsrel_entities: the newsrel pipeline's annotator classes "
            + "cannot be replaced"), two.getMessage());
    NewsrelAnnotator direct = new NewsrelAnnotator();
    direct.set(direct.pipelineProperties(), new String[] {"no.such.key=1"});
    long jobs = LocalSpark.session().sparkContext().statusTracker().getJobIdsForGroup(null).length;
    IllegalArgumentException late = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> direct.transform(table(List.of(RowFactory.create("a", "The mayor said it.")))));
    assertTrue(late.getMessage().startsWith("pipelineProperties no.such.key: unknown property"), late.getMessage());
    assertEquals(jobs, LocalSpark.session().sparkContext().statusTracker().getJobIdsForGroup(null).length,
        "refused before any Spark job");
  }

  @Test
  void savedStageLoadsWithItsParams() throws Exception {
    Path dir = LocalSpark.scratch("transformer-saved").resolve("stage");
    NewsrelAnnotator stage = new NewsrelAnnotator().setInputCol("body").setIdCol("doc")
        .setPipelineProperties("newsrel_ner.gate=false").setMaxChars(5000);
    stage.write().session(LocalSpark.session()).save(dir.toString());
    NewsrelAnnotator loaded = NewsrelAnnotator.read().session(LocalSpark.session()).load(dir.toString());
    assertEquals(stage.uid(), loaded.uid());
    assertEquals("body", loaded.getInputCol());
    assertEquals("doc", loaded.getIdCol());
    assertArrayEquals(new String[] {"newsrel_ner.gate=false"}, loaded.getOrDefault(loaded.pipelineProperties()));
    assertEquals(5000, (int) (Integer) loaded.getOrDefault(loaded.maxChars()));
  }

  @Test
  void schemaErrorsNameTheColumn() {
    StructType s = new StructType().add("id", DataTypes.StringType).add("body", DataTypes.IntegerType);
    IllegalArgumentException missing = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new NewsrelAnnotator().transformSchema(s));
    assertTrue(missing.getMessage().startsWith("no input column 'text'"), missing.getMessage());
    IllegalArgumentException type = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new NewsrelAnnotator().setInputCol("body").transformSchema(s));
    assertTrue(type.getMessage().contains("must be a string, not int"), type.getMessage());
    IllegalArgumentException clash = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new NewsrelAnnotator().transformSchema(ID_TEXT.add("error", DataTypes.StringType)));
    assertTrue(clash.getMessage().startsWith("input already has a column named error"), clash.getMessage());
  }
}
