/**
 * Who said what ({@code newsrel_attribution}): direct and reported speech in PolNeAR's
 * Source / Cue / Content scheme, with the speaker resolved to an entity id.
 *
 * <p>{@code AttributionAnnotator} is the orchestrator (properties, models, stage order); the
 * stages, modelled on {@code relation}, each do one job on one document's {@code Drafts} (the
 * attributions being built and the cue words they claim), in this order:
 * <ol>
 *   <li>candidates: {@code RuleMatcher} (the Semgrex rules of {@code patterns.txt},
 *       {@code AttributionRule}, with the cue lexicon {@code cues.txt}, {@code CueLexicon}; spans
 *       from {@code CueExtent}, {@code SourceSpans} and {@code Clauses}) and
 *       {@code SpeakerMarks} (colon speakers);</li>
 *   <li>scoring by the models trained on PolNeAR train ({@code TrainAttribution} in eval):
 *       {@code CueClassifierPass} (the cue classifier, {@code CueModel}, {@code CueFeatures});</li>
 *   <li>decoding: {@code NestingPass} (nesting model, {@code NestingModel},
 *       {@code NestingFeatures}), {@code SourceSpans#trim}, {@code DirectQuotes} (quotation
 *       marks from {@code QuoteFinder}), {@code BoundaryPass} (Content boundaries,
 *       {@code BoundaryModel}, {@code ContentBoundaries}), {@code LayoutGuard} (datelines and
 *       bylines out), the confidence of each attribution ({@code ConfidenceModel},
 *       {@code ConfidenceFeatures}) and {@code CueSpans} (PolNeAR's Cue edges);</li>
 *   <li>records: {@code Draft#toEvent} turns each draft into an immutable {@code Event}.</li>
 * </ol>
 * {@code AttributionTraining} is the training interface: what each model sees, taken from the
 * same stages. Each model has a {@code .md} beside it in the resources: data, features,
 * command, figures. {@code ERRORS.md} records the error analysis and what was tried.
 */
package org.newsrel.quote;
