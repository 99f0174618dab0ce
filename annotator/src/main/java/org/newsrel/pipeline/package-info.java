/**
 * The pipeline newsrel runs and its speed: {@code NewsrelPipeline} builds the whole pipeline
 * from {@code newsrel.properties}; {@code PipelineProperties} checks user overrides against the
 * properties each annotator declares. {@code GatedNerAnnotator} is CoreNLP's {@code ner} with
 * SUTime run only where {@code TemporalGate} finds a digit, a number or a time word; {@code
 * FastDependencyParseAnnotator} and {@code FastDependencyParser} are CoreNLP's neural dependency
 * parser with its forward pass done by {@code NndepScorer} (no global lock, no boxing).
 */
package org.newsrel.pipeline;
