package org.newsrel.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newsrel.core.Argument;
import org.newsrel.core.DocumentLayers;
import org.newsrel.core.EntityMention;
import org.newsrel.core.Event;
import org.newsrel.core.TextSpan;
import org.newsrel.identity.CrossDocumentIdentity;
import org.newsrel.json.TokenIndex;

/**
 * Pass 2 of the job ({@link IdentityPass}) on made-up documents with document-level ids (no
 * models): with either way of linking, every document's layers equal
 * {@link CrossDocumentIdentity#link} of the documents in the CLI's order: a numeral group
 * adopting the role of another document's, a bare surname, a bare name that is a place, an
 * argument id of no entity (made document-local with the document's position), an error row
 * left as it is.
 */
class IdentityPassTest {

  private static EntityMention m(String text, int begin, String type, String id) {
    return new EntityMention(new TextSpan(begin, begin + text.length(), text), type, id, text, 0.9, "test");
  }

  private static DocumentLayers doc(String name, List<EntityMention> entities, List<Event> relations) {
    return new DocumentLayers(name, "", entities, List.of(), relations, 10);
  }

  @Test
  void bothLinksGiveTheCliLayers() {
    Event kill = new Event("Kill", new TextSpan(0, 6, "killed"),
        List.of(Argument.of("Victim", new TextSpan(10, 32, "70 Ruritanian soldiers")).withIdentity(
            "killed-ruritanian-troops", "70 Ruritanian soldiers"),
            Argument.of("Agent", new TextSpan(40, 52, "one prisoner")).withIdentity("one-prisoner-40", "one prisoner")),
        List.of(), 0.8, "test");
    Event lost = new Event("Kill", new TextSpan(0, 4, "lost"),
        List.of(Argument.of("Victim", new TextSpan(10, 32, "70 Ruritanian soldiers")).withIdentity(
            "ruritanian-troops", "70 Ruritanian soldiers")), List.of(), 0.8, "test");
    // handed over out of the CLI's order (b.txt before a.txt)
    Map<String, DocumentLayers> byFile = new TreeMap<>(Map.of(
        "b.txt", doc("b", List.of(m("70 Ruritanian soldiers", 10, "GROUP", "ruritanian-troops"),
            m("Berglund", 60, "PERSON", "berglund"), m("Zelvora", 80, "PERSON", "zelvora")), List.of(lost)),
        "a.txt", doc("a", List.of(m("70 Ruritanian soldiers", 10, "GROUP", "killed-ruritanian-troops"),
            m("Anna Berglund", 60, "PERSON", "anna-berglund"), m("Zelvora", 80, "LOCATION", "zelvora")), List.of(kill)),
        "c.txt", doc("c", List.of(), List.of())));
    List<DocumentLayers> expected = CrossDocumentIdentity.link(new ArrayList<>(byFile.values()));
    assertEquals("killed-ruritanian-troops", expected.get(1).entities().get(0).canonicalId(), "the role adopted");
    assertEquals("d000-one-prisoner-40", expected.get(0).relations().get(0).arguments().get(1).canonicalId());
    assertEquals("LOCATION", expected.get(1).entities().get(2).type(), "the bare name that is a place");

    StructType schema = new StructType().add(IdentityPass.KEY, DataTypes.StringType, false)
        .add("id", DataTypes.StringType, false).add("text", DataTypes.StringType, true);
    for (StructField f : DocumentRows.LAYER_FIELDS) {
      schema = schema.add(f);
    }
    List<Row> rows = new ArrayList<>();
    for (String file : List.of("c.txt", "b.txt", "a.txt")) {
      DocumentLayers d = byFile.get(file);
      Object[] layers = DocumentRows.values(d, new TokenIndex(new int[] {0}, new int[] {1}));
      Object[] values = new Object[3 + layers.length];
      values[0] = file;
      values[1] = d.name();
      values[2] = "";
      System.arraycopy(layers, 0, values, 3, layers.length);
      rows.add(RowFactory.create(values));
    }
    Object[] error = new Object[3 + DocumentRows.LAYER_FIELDS.size()];
    error[0] = "bad.txt";
    error[1] = "bad";
    System.arraycopy(DocumentRows.error("bad.txt: not valid UTF-8"), 0, error, 3, DocumentRows.LAYER_FIELDS.size());
    rows.add(RowFactory.create(error));
    Dataset<Row> pass1 = LocalSpark.session().createDataFrame(rows, schema);

    for (IdentityPass.Link link : List.of(IdentityPass.Link.DRIVER, IdentityPass.Link.DISTRIBUTED)) {
      IdentityPass.Result r = IdentityPass.run(LocalSpark.session(), pass1, 3, KeyOrder.FILE_NAMES, link, 2, Map.of(),
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      assertEquals(link, r.where());
      Map<String, Row> out = new TreeMap<>();
      r.linked().collectAsList().forEach(x -> out.put(x.getString(0), x));
      assertEquals(List.of("a.txt", "b.txt", "bad.txt", "c.txt"), new ArrayList<>(out.keySet()), link.name());
      List<String> files = List.of("a.txt", "b.txt", "c.txt");
      for (int i = 0; i < files.size(); i++) {
        Row x = out.get(files.get(i));
        assertEquals(expected.get(i), DocumentRows.layers(x, x.getString(1), ""), link + " " + files.get(i));
      }
      assertNotNull(out.get("bad.txt").getAs(DocumentRows.ERROR), link.name());
      assertEquals("bad.txt: not valid UTF-8", out.get("bad.txt").getAs(DocumentRows.ERROR));
    }
  }
}
