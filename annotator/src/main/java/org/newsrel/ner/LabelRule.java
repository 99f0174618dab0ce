package org.newsrel.ner;

/**
 * One rule of the entity layer's token labelling: reads and changes a document's
 * {@link DocumentLabels}. {@link TokenLabeler} applies the rules in a fixed order, each
 * seeing what the earlier ones left. Implementations hold only what they read from the
 * lexicon at construction, so one instance serves every document and thread.
 */
interface LabelRule {

  void apply(DocumentLabels d);
}
