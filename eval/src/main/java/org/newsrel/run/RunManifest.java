package org.newsrel.run;

import java.util.List;

/**
 * The run manifest {@code newsrel-run.tsv} of an annotate run: one line per document
 * (name, {@code ok} or {@code failed}, reason). Written by {@code annotate} and by the Spark
 * job's brat output, so both list their documents alike.
 */
public final class RunManifest {

  /** The manifest's name in the output folder. */
  public static final String FILE = "newsrel-run.tsv";

  /** One document's line: a null {@code error} means it was written. */
  public record Entry(String name, String error) {}

  private RunManifest() {}

  /** The manifest's text, entries in the order given. */
  public static String format(List<Entry> entries) {
    StringBuilder manifest = new StringBuilder("# document\tstatus\treason\n");
    for (Entry e : entries) {
      manifest.append(e.name()).append('\t').append(e.error() == null ? "ok" : "failed").append('\t')
          .append(e.error() == null ? "" : e.error().replace('\t', ' ').replace('\n', ' ')).append('\n');
    }
    return manifest.toString();
  }
}
