/**
 * Running newsrel over a corpus, shared by the CLI, the bench and the Spark job: {@code
 * TextInputs} lists the {@code *.txt} files of a folder in one stable order and reads each as
 * strict UTF-8 (a byte-order mark dropped, NUL bytes refused).
 */
package org.newsrel.run;
