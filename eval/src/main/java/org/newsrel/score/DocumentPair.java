package org.newsrel.score;

import java.util.Objects;
import org.newsrel.brat.BratDocument;

/** A gold document and a system's prediction for the same text. */
public record DocumentPair(BratDocument gold, BratDocument predicted) {

  public DocumentPair {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
  }

  public String name() {
    return gold.name();
  }

  public String text() {
    return gold.text();
  }
}
