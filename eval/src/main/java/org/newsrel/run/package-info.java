/**
 * Running newsrel over a corpus, shared by the CLI, the bench and the Spark job: {@code
 * TextInputs} lists the {@code *.txt} files of a folder in one stable order and reads each as
 * strict UTF-8 (a byte-order mark dropped, NUL bytes refused); {@code Annotate} is the
 * two-pass chain (annotate and write each document with its record, then link identities
 * across the corpus and rewrite the ids), {@code Batch} runs documents so that one bad
 * document fails alone and the run's summary ({@code newsrel-run.tsv}, {@code RunManifest})
 * says what is complete, {@code DocumentRecord} keeps each document's layers for the identity
 * pass and for {@code --resume}, {@code Progress} reports on the terminal. A request that
 * cannot be run is a {@code UsageException}.
 */
package org.newsrel.run;
