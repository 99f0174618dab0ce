package org.newsrel.cli;

import java.util.List;
import org.newsrel.core.DocumentLayers;

/** Cross-document identity over one annotate run. */
final class CorpusLinking {

  private CorpusLinking() {}

  static List<DocumentLayers> link(List<DocumentLayers> docs) {
    return docs; // until the entity layer's cross-document linker lands
  }
}
