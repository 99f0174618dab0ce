/**
 * Plumbing the annotators and the tools share, <b>not part of the API</b>: it may change in any
 * release without notice, so code outside newsrel should not depend on it. {@code
 * AnnotatorProperties} reads an annotator's properties under its own prefix and rejects unknown
 * ones; {@code ResourceLines} and {@code SectionedFile} read rule and list files once, from the
 * classpath or the file system, with errors naming the file and line; {@code Json} is a small
 * JSON writer with stable key order. This package depends on no other newsrel package.
 */
package org.newsrel.internal;
