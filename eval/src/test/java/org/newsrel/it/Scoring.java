package org.newsrel.it;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import org.newsrel.brat.BratCorpus;
import org.newsrel.report.EvalOptions;
import org.newsrel.report.EvalReport;
import org.newsrel.report.Evaluation;
import org.newsrel.report.ReportWriter;
import org.newsrel.report.TerminalTable;

/** Scores a prediction folder against gold with the harness, prints the table, keeps the reports. */
final class Scoring {

  private Scoring() {}

  static EvalReport score(Path gold, String system, Path pred, Path reportDir) throws Exception {
    LinkedHashMap<String, Path> systems = new LinkedHashMap<>();
    systems.put(system, pred);
    return score(gold, systems, reportDir);
  }

  /** Several systems (name → prediction folder) in one report. */
  static EvalReport score(Path gold, LinkedHashMap<String, Path> systems, Path reportDir) throws Exception {
    BratCorpus g = BratCorpus.readGold(gold);
    LinkedHashMap<String, BratCorpus> preds = new LinkedHashMap<>();
    for (var e : systems.entrySet()) {
      preds.put(e.getKey(), BratCorpus.readPredictions(e.getValue(), g.documents()));
    }
    EvalReport report = Evaluation.run(EvalOptions.defaults(), g, preds);
    System.out.println("=== " + String.join(", ", systems.keySet()) + " on " + gold);
    System.out.print(TerminalTable.render(report));
    ReportWriter.writeAll(report, reportDir);
    return report;
  }
}
