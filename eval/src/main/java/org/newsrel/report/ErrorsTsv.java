package org.newsrel.report;

import org.newsrel.score.ErrorRecord;

/**
 * errors.tsv: a header line, then one line per error, sorted by document and offset.
 * Columns: system, layer, document, begin, end, offsets, label, kind (FP/FN), text,
 * sentence. Tabs and line breaks inside values are written as spaces.
 */
final class ErrorsTsv {

  static final String HEADER = "system\tlayer\tdocument\tbegin\tend\toffsets\tlabel\tkind\ttext\tsentence";

  private ErrorsTsv() {}

  static String render(EvalReport r) {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (ErrorRecord e : r.errors()) {
      sb.append(clean(e.system())).append('\t').append(clean(e.layer())).append('\t').append(clean(e.document()))
          .append('\t').append(e.begin()).append('\t').append(e.end()).append('\t').append(e.offsets())
          .append('\t').append(clean(e.label())).append('\t').append(e.kind()).append('\t').append(clean(e.text()))
          .append('\t').append(clean(e.sentence())).append('\n');
    }
    return sb.toString();
  }

  private static String clean(String s) {
    return s.replaceAll("[\\t\\r\\n]", " ");
  }
}
