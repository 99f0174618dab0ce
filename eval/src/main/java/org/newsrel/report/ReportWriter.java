package org.newsrel.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes an {@link EvalReport} as report.md, report.json, report.html and errors.tsv (UTF-8). */
public final class ReportWriter {

  public static final List<String> FILES = List.of("report.md", "report.json", "report.html", "errors.tsv");

  private ReportWriter() {}

  /** Writes the four files into {@code dir} (created if needed), replacing existing ones. */
  public static void writeAll(EvalReport report, Path dir) throws IOException {
    Files.createDirectories(dir);
    write(dir.resolve("report.md"), markdown(report));
    write(dir.resolve("report.json"), json(report));
    write(dir.resolve("report.html"), html(report));
    write(dir.resolve("errors.tsv"), errorsTsv(report));
  }

  public static String markdown(EvalReport report) {
    return MarkdownReport.render(report);
  }

  public static String json(EvalReport report) {
    return JsonReport.render(report);
  }

  public static String html(EvalReport report) {
    return HtmlReport.render(report);
  }

  public static String errorsTsv(EvalReport report) {
    return ErrorsTsv.render(report);
  }

  private static void write(Path file, String content) throws IOException {
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
