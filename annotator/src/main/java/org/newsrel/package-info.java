/**
 * The annotation keys newsrel writes on a CoreNLP {@code Annotation}: {@code NewsrelAnnotations}
 * holds one nested {@code CoreAnnotation} class per layer (entities, attributions, events,
 * layout), each valued by the records of {@code org.newsrel.core}. It depends on {@code core}
 * only, so any package may read the keys.
 */
package org.newsrel;
