/**
 * JSON output of the layers: {@code LayersJson} writes a document's newsrel layers (the
 * {@code NAME.json} files and the server's {@code json} output) with {@code internal.Json}, a
 * small writer with stable key order; {@code TokenIndex} holds the tokens' character offsets, to
 * report spans as token ranges.
 */
package org.newsrel.json;
