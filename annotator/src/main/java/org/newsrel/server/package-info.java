/**
 * The CoreNLP server with newsrel's layers: {@code NewsrelServer} starts a {@code
 * StanfordCoreNLPServer} whose pipeline carries the newsrel annotators and whose JSON output
 * ({@code NewsrelJsonSerializer}) includes their layers; {@code RequestGate} answers, with a short
 * message, every request CoreNLP's handler would mishandle (wrong path or method, models still
 * loading, a body too large, empty or badly encoded); {@code BufferedExchange} hands the checked
 * body on.
 */
package org.newsrel.server;
