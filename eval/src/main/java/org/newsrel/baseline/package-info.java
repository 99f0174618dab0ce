/**
 * The stock CoreNLP systems newsrel is compared with, in the same run and written in the same
 * brat scheme: {@code corenlp-ner}, {@code corenlp-quote} and {@code corenlp-openie}.
 */
package org.newsrel.baseline;
