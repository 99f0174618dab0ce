/**
 * {@code ./newsrel bench}: newsrel against the stock CoreNLP pipelines on the same texts in the
 * same run, each in its own JVM ({@code BenchWorker}) with the heap given; figures are ratios,
 * not timed assertions. {@code ServerLoad} puts the server under load from concurrent clients and compares it with
 * direct annotation.
 */
package org.newsrel.bench;
