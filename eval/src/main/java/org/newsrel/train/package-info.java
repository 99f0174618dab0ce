/**
 * The training commands: {@code TrainAttribution} ({@code ./newsrel train-attribution}) trains
 * the attribution annotator's four models in order on PolNeAR-style train data, with parses
 * cached, fixed seeds, and every threshold chosen on a held-out fifth of train: the cue
 * classifier ({@code TrainCues}), the nesting model, the Content boundary model and the
 * confidence model ({@code TrainConfidence}). Each model is written with a {@code .md} of its
 * data, features, command and figures.
 */
package org.newsrel.train;
