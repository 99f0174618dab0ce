package org.newsrel.cli;

import java.util.List;
import org.newsrel.core.DocumentLayers;
import org.newsrel.ner.CrossDocumentIdentity;

/**
 * Cross-document identity over one annotate run: every file of the input folder together.
 * {@code annotate} passes each document's layers with an empty text (texts are not kept in
 * memory; the text is put back when the document is written): linking must read the
 * entities' and arguments' spans, never {@link DocumentLayers#text()}.
 */
final class CorpusLinking {

  private CorpusLinking() {}

  /** Links with {@code linker}: {@link CrossDocumentIdentity#forPipeline} of the run's pipeline properties. */
  static List<DocumentLayers> link(List<DocumentLayers> docs, CrossDocumentIdentity linker) {
    return linker.apply(docs);
  }
}
