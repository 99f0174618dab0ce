package org.newsrel.it;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.newsrel.cli.Main;

/** Runs the CLI in-process (sharing the JVM's one newsrel pipeline) and captures its output. */
final class Cli {

  record Run(int code, String out, String err) {}

  private Cli() {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String o = out.toString(StandardCharsets.UTF_8);
    String e = err.toString(StandardCharsets.UTF_8);
    System.out.print(o);
    System.err.print(e);
    return new Run(code, o, e);
  }
}
