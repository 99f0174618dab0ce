package org.newsrel.server;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationOutputter;
import edu.stanford.nlp.pipeline.AnnotationSerializer;
import edu.stanford.nlp.pipeline.JSONOutputter;
import edu.stanford.nlp.util.Pair;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.newsrel.core.DocumentLayers;
import org.newsrel.internal.Json;
import org.newsrel.json.LayersJson;
import org.newsrel.json.TokenIndex;
import org.newsrel.pipeline.NewsrelPipeline;

/**
 * CoreNLP's JSON output plus newsrel's layers, for the CoreNLP server (whose JSON
 * outputter does not know newsrel's annotation keys) and for any code that writes
 * annotations through {@code StanfordCoreNLP.outputAnnotation}.
 *
 * <p>Use it with {@code outputFormat=serialized} and
 * {@code serializer=org.newsrel.server.NewsrelJsonSerializer}, e.g. as request
 * properties of a server running newsrel's annotators:
 *
 * <pre>
 * POST /?properties={"outputFormat":"serialized","serializer":"org.newsrel.server.NewsrelJsonSerializer"}
 * </pre>
 *
 * <p>Output (UTF-8): exactly the document CoreNLP's {@code outputFormat=json} gives
 * ({@code sentences}, {@code tokens}, ...; pretty-printed when {@code prettyPrint=true}),
 * with one more top-level key, {@code "newsrel"}: the document's layers in
 * {@link LayersJson}'s layout (the same as the CLI's {@code NAME.json}: format
 * {@code newsrel-document}; offsets are Java String (UTF-16) indices, end exclusive, with
 * token ranges; {@code document} is the request's DocID or ""). 
 *
 * {@code canonical_id}/{@code canonical_name} are {@code null} where no canonical entity was resolved; a
 * layer whose annotator did not run is an empty list. Properties: none of its own (it
 * reads the output options, such as {@code prettyPrint}, from the properties it is
 * given). Reading is not supported: {@link #read} throws
 * {@link UnsupportedOperationException}, so this serializer cannot be used as the
 * server's {@code inputFormat=serialized} reader.
 */
public final class NewsrelJsonSerializer extends AnnotationSerializer {

  private final AnnotationOutputter.Options options;

  /** Default output options (compact JSON). */
  public NewsrelJsonSerializer() {
    this.options = new AnnotationOutputter.Options();
  }

  /** The constructor CoreNLP calls by reflection: output options from {@code props}. */
  public NewsrelJsonSerializer(String name, Properties props) {
    this.options = AnnotationOutputter.getOptions(props);
  }

  @Override
  public OutputStream write(Annotation doc, OutputStream os) throws IOException {
    ByteArrayOutputStream stock = new ByteArrayOutputStream();
    new JSONOutputter().print(doc, stock, options);
    String json = stock.toString(StandardCharsets.UTF_8);
    int close = json.lastIndexOf('}');
    if (close < 0) {
      throw new IOException("CoreNLP's JSON outputter wrote no object");
    }
    String head = json.substring(0, close).stripTrailing();
    boolean empty = head.endsWith("{");
    String out = head + (empty ? "" : ",") + (options.pretty ? "\n  " : "") + "\"newsrel\": " + layers(doc)
        + (options.pretty ? "\n" : "") + json.substring(close);
    os.write(out.getBytes(StandardCharsets.UTF_8));
    os.flush();
    return os;
  }

  /** Not supported: this is an output format only. */
  @Override
  public Pair<Annotation, InputStream> read(InputStream is) {
    throw new UnsupportedOperationException("NewsrelJsonSerializer writes JSON only; it cannot read annotations");
  }

  /** The {@code "newsrel"} object of {@code doc} ({@link LayersJson}'s layout), as compact JSON. */
  public static String layers(Annotation doc) {
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    String docId = doc.get(CoreAnnotations.DocIDAnnotation.class);
    DocumentLayers layers = NewsrelPipeline.layers(docId == null ? "" : docId, text == null ? "" : text, doc);
    return Json.compact(LayersJson.toMap(layers, TokenIndex.of(doc)));
  }
}
