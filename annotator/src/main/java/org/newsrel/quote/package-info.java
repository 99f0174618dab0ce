/**
 * Who said what ({@code newsrel_attribution}): direct and reported speech in PolNeAR's
 * Source / Cue / Content scheme, with the speaker resolved to an entity id.
 *
 * <p>{@code QuoteFinder} finds quotation marks; {@code AttributionAnnotator} applies the cue
 * lexicon ({@code cues.txt}, {@code CueLexicon}) and the patterns ({@code patterns.txt}, {@code
 * AttributionRule}) to the parse, then the models trained on PolNeAR train ({@code
 * TrainAttribution} in eval): the cue classifier ({@code CueModel}, {@code CueFeatures}), Content
 * boundaries ({@code BoundaryModel}, {@code ContentBoundaries}), nesting ({@code NestingModel})
 * and the confidence of each attribution ({@code ConfidenceModel}); {@code CueSpans} sets
 * PolNeAR's Cue edges and {@code LayoutGuard} keeps datelines and bylines out. Each model has a
 * {@code .md} beside it in the resources: data, features, command, figures.
 */
package org.newsrel.quote;
