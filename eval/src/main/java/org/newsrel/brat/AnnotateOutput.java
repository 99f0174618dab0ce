package org.newsrel.brat;

import org.newsrel.brat.BratWriter;
import org.newsrel.core.DocumentLayers;
import org.newsrel.json.LayersJson;
import org.newsrel.json.TokenIndex;

/**
 * What {@code newsrel annotate} writes for one document besides its text: {@code NAME.ann}
 * (brat) and {@code NAME.json}. The CLI and the Spark job both format through here, so their
 * files are the same bytes for the same layers.
 */
public final class AnnotateOutput {

  /** The contents of {@code NAME.ann} and {@code NAME.json}. */
  public record Formatted(String ann, String json) {}

  private AnnotateOutput() {}

  /**
   * Both files' contents, formatted before either is written. Throws a
   * {@link RuntimeException} when the layers cannot be converted to brat.
   */
  public static Formatted format(DocumentLayers layers, TokenIndex tokens) {
    String ann = BratWriter.format(LayersToBrat.convert(layers));
    String json = LayersJson.write(layers, tokens);
    return new Formatted(ann, json);
  }
}
