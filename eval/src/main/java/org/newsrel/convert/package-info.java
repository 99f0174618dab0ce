/**
 * From the annotator's output to brat: {@code AnnotateOutput} reads an {@code annotate} output
 * folder ({@code NAME.json} layers), {@code LayersToBrat} writes the layers as brat standoff in
 * the scheme of {@code ANNOTATION_SCHEME.md}.
 */
package org.newsrel.convert;
