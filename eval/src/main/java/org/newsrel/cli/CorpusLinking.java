package org.newsrel.cli;

import java.util.List;
import org.newsrel.core.DocumentLayers;
import org.newsrel.ner.CrossDocumentIdentity;

/** Cross-document identity over one annotate run: every file of the input folder together. */
final class CorpusLinking {

  private CorpusLinking() {}

  static List<DocumentLayers> link(List<DocumentLayers> docs) {
    return CrossDocumentIdentity.link(docs);
  }
}
