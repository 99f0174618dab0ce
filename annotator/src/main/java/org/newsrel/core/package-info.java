/**
 * The records users rely on, with no CoreNLP types in them: {@code TextSpan}, {@code EntityMention},
 * {@code Argument}, {@code Event}, {@code LayoutSpan}, the per-document bundle {@code
 * DocumentLayers}, and the entity type names ({@code EntityTypes}). Compact constructors validate
 * offsets and copy lists. This package depends on no other newsrel package.
 */
package org.newsrel.core;
