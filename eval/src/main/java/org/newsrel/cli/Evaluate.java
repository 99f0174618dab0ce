package org.newsrel.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsrel.brat.BratCorpus;
import org.newsrel.brat.BratFormatException;
import org.newsrel.report.EvalOptions;
import org.newsrel.report.EvalReport;
import org.newsrel.report.Evaluation;
import org.newsrel.report.ReportWriter;
import org.newsrel.report.TerminalTable;

/** {@code newsrel eval}: scores one or more systems' brat folders against a gold folder. */
final class Evaluate {

  private Evaluate() {}

  /**
   * Reads gold and predictions, scores, prints the table and writes the reports. Returns 2
   * when some input was unusable (the usable rest is still scored and reported), else 0.
   */
  static int run(Path gold, Map<String, Path> systems, Path reportDir, EvalOptions options, PrintStream out,
      PrintStream err) throws BratFormatException, IOException {
    BratCorpus goldCorpus = BratCorpus.readGold(gold);
    int unusable = goldCorpus.errors().size();
    LinkedHashMap<String, BratCorpus> preds = new LinkedHashMap<>();
    for (Map.Entry<String, Path> e : systems.entrySet()) {
      BratCorpus c = BratCorpus.readPredictions(e.getValue(), goldCorpus.documents());
      unusable += c.errors().size();
      preds.put(e.getKey(), c);
    }
    EvalReport report = Evaluation.run(options, goldCorpus, preds);
    out.print(TerminalTable.render(report));
    for (String n : report.notes()) {
      (n.contains("error:") ? err : out).println(n);
    }
    if (reportDir != null) {
      ReportWriter.writeAll(report, reportDir);
      out.println("reports: " + ReportWriter.FILES.stream().map(f -> reportDir.resolve(f).toString()).toList());
    }
    out.printf("gold: %d documents from %s%n", goldCorpus.documents().size(), gold);
    if (unusable > 0) {
      err.println(unusable + " unusable input file(s): see the errors above; the rest was scored");
      return 2;
    }
    return 0;
  }
}
