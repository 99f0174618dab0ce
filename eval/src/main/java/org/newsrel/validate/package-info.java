/**
 * Checks a brat folder against the annotation scheme ({@code Scheme}: entity labels, event roles
 * and attributes, from {@code scheme.tsv}) and reports each problem with its file and line ({@code Validator}).
 */
package org.newsrel.validate;
