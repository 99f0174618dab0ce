/**
 * Brat standoff in and out: {@code BratReader} and {@code BratWriter} (a pair, as DKPro has
 * them), the annotation records ({@code TextBound}, {@code EventAnnotation}, {@code Relation},
 * {@code Attribute}, {@code Note}, {@code Equiv}, {@code Normalization}) and {@code
 * BratFormatException}, whose message names the file and line.
 */
package org.newsrel.brat;
