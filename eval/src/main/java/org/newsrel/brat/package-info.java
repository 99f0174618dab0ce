/**
 * Brat standoff in and out: {@code BratReader} and {@code BratWriter} (a pair, as DKPro has
 * them), the annotation records ({@code TextBound}, {@code EventAnnotation}, {@code Relation},
 * {@code Attribute}, {@code Note}, {@code Equiv}, {@code Normalization}) and {@code
 * BratFormatException}, whose message names the file and line; from the annotator's output to
 * brat: {@code AnnotateOutput} reads an {@code annotate} output folder ({@code NAME.json}
 * layers), {@code LayersToBrat} writes the layers as brat standoff in the scheme of {@code
 * ANNOTATION_SCHEME.md}.
 */
package org.newsrel.brat;
