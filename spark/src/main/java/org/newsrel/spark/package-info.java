/**
 * The Spark scale-out: {@code SparkJob} annotates a corpus in small partitions (pass 1, {@code
 * ExecutorPipeline} holds one pipeline per executor JVM), links identities on the driver or as
 * Spark joins ({@code IdentityPass}, {@code DistributedLink}), and writes Parquet and brat
 * ({@code BratOutput}) with output identical to the CLI's. {@code NewsrelAnnotator} is the same
 * pipeline as a Spark ML {@code Transformer}.
 */
package org.newsrel.spark;
