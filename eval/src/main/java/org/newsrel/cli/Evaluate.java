package org.newsrel.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsrel.brat.BratCorpus;
import org.newsrel.brat.BratDocument;
import org.newsrel.brat.BratFormatException;
import org.newsrel.report.EvalOptions;
import org.newsrel.report.EvalReport;
import org.newsrel.report.Evaluation;
import org.newsrel.report.Provenance;
import org.newsrel.report.ReportWriter;
import org.newsrel.report.SystemSummary;
import org.newsrel.report.TerminalTable;

/** {@code newsrel eval}: scores one or more systems' brat folders against a gold folder. */
final class Evaluate {

  private Evaluate() {}

  /**
   * The systems of {@code --pred}: {@code DIR}, or {@code name1:DIR1,name2:DIR2} (a part
   * whose text before the first colon has no slash is named by it; another part is named
   * after its folder, {@link #systemName}).
   */
  static Map<String, Path> systems(String pred) {
    Map<String, Path> systems = new LinkedHashMap<>();
    for (String part : pred.split(",")) {
      int colon = part.indexOf(':');
      if (colon > 0 && !part.substring(0, colon).contains("/")) {
        systems.put(part.substring(0, colon), Path.of(part.substring(colon + 1)));
      } else {
        systems.put(systemName(Path.of(part), systems.keySet()), Path.of(part));
      }
    }
    return systems;
  }

  /**
   * The name of a system given by its folder alone: the folder's name ({@code pred/newsrel}
   * is {@code newsrel}), made unique among {@code taken} with {@code -2}, {@code -3}, ...
   */
  static String systemName(Path folder, java.util.Set<String> taken) {
    Path name = folder.toAbsolutePath().normalize().getFileName();
    String base = name == null || name.toString().isBlank() ? "system" : name.toString();
    String candidate = base;
    for (int i = 2; taken.contains(candidate); i++) {
      candidate = base + "-" + i;
    }
    return candidate;
  }

  /**
   * Reads gold and predictions, scores, prints the table and writes the reports. Returns 2
   * when some input was unusable (the usable rest is still scored and reported), else 0.
   */
  static int run(Path gold, Map<String, Path> systems, Path reportDir, EvalOptions options, PrintStream out,
      PrintStream err) throws BratFormatException, IOException {
    BratCorpus goldCorpus = BratCorpus.readGold(gold);
    int unusable = goldCorpus.errors().size();
    LinkedHashMap<String, BratCorpus> preds = new LinkedHashMap<>();
    Map<String, Provenance> provenance = new LinkedHashMap<>();
    List<String> names = goldCorpus.documents().stream().map(BratDocument::name).toList();
    for (Map.Entry<String, Path> e : systems.entrySet()) {
      BratCorpus c = BratCorpus.readPredictions(e.getValue(), goldCorpus.documents());
      unusable += c.errors().size();
      List<String> notes = new ArrayList<>();
      provenance.put(e.getKey(), Provenance.read(e.getValue(), names, notes));
      notes.forEach(n -> err.println(e.getKey() + ": " + n));
      preds.put(e.getKey(), c);
    }
    EvalReport report = Evaluation.run(options, goldCorpus, preds, provenance);
    out.print(TerminalTable.render(report));
    for (String n : report.notes()) {
      (n.contains("error:") ? err : out).println(n);
    }
    for (SystemSummary s : report.summaries()) {
      out.printf("%s: %d of %d prediction files missing%n", s.system(), s.missing().size(), s.documents());
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
