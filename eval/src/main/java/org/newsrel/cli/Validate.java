package org.newsrel.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsrel.brat.BratCorpus;
import org.newsrel.brat.BratDocument;
import org.newsrel.brat.BratFormatException;
import org.newsrel.validate.Scheme;
import org.newsrel.validate.Validator;

/** {@code newsrel validate DIR}: reads every document and checks it against the scheme. */
final class Validate {

  private Validate() {}

  /**
   * Every problem found (reader errors and scheme violations), each naming file and line:
   * the reader goes on past a bad line, and the scheme is checked on what it could read.
   */
  static List<String> problems(Path dir) throws BratFormatException {
    BratCorpus corpus = BratCorpus.readGoldAllProblems(dir);
    List<String> problems = new ArrayList<>();
    corpus.errors().forEach(e -> problems.add(e.getMessage()));
    Validator v = new Validator(Scheme.load());
    for (BratDocument d : corpus.documents()) {
      String ann = dir.resolve(d.name() + ".ann").toString();
      v.validate(d, ann).forEach(p -> problems.add(p.toString()));
    }
    return problems;
  }

  static int run(Path dir, PrintStream out, PrintStream err) throws BratFormatException {
    List<String> problems = problems(dir);
    problems.forEach(err::println);
    if (problems.isEmpty()) {
      out.println(dir + ": valid");
      return 0;
    }
    err.println(dir + ": " + problems.size() + " problem(s)");
    return 2;
  }
}
