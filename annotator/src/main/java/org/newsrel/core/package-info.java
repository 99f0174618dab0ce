/**
 * The records users rely on, with no CoreNLP types in them: {@code TextSpan}, {@code EntityMention},
 * {@code Argument}, {@code Event}, {@code LayoutSpan} and the per-document bundle {@code
 * DocumentLayers}. Compact constructors validate offsets and copy lists.
 *
 * <p>Also, for now, the plumbing every annotator shares: {@code AnnotatorProperties} (properties
 * under the annotator's own prefix, unknown ones rejected), {@code ResourceLines} and {@code
 * SectionedFile} (rule and list files read once, with errors naming file and line). This package
 * depends on no other newsrel package.
 */
package org.newsrel.core;
