package org.newsrel.spark;

import java.util.Comparator;
import org.newsrel.run.TextInputs;

/**
 * The CLI's document order, serializable for Spark's sorts: file names with {@code .txt}
 * as {@code annotate} sorts them ({@link TextInputs#FILE_NAME_ORDER}), or a table's ids as
 * strings. Corpus-wide identity depends on it (the first document's name and id win).
 */
enum KeyOrder implements Comparator<String> {
  FILE_NAMES {
    @Override
    public int compare(String a, String b) {
      return TextInputs.FILE_NAME_ORDER.compare(a, b);
    }
  },
  IDS {
    @Override
    public int compare(String a, String b) {
      return a.compareTo(b);
    }
  }
}
