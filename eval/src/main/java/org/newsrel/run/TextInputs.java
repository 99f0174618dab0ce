package org.newsrel.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.newsrel.brat.BratFormatException;
import org.newsrel.brat.TextFiles;

/**
 * How every command reads the texts it annotates ({@code annotate}, {@code baseline},
 * {@code bench} and its workers): the {@code *.txt} files of a folder in name order, each
 * read as strict UTF-8, a leading byte-order mark dropped, NUL bytes refused.
 */
public final class TextInputs {

  /** A document's text as read, named by its file stem. */
  public record Input(String name, Path file, String text) {}

  private TextInputs() {}

  /** The regular {@code *.txt} files directly in {@code dir}, sorted by name (possibly none). */
  public static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
          .sorted(Comparator.comparing(p -> p.getFileName().toString(), FILE_NAME_ORDER)).toList();
    }
  }

  /**
   * Reads a text to annotate: strict UTF-8; a leading byte-order mark is dropped (offsets
   * then refer to the text without it, which is what the output .txt holds); NUL bytes
   * mean the file is not text.
   */
  public static Input read(Path file) throws BratFormatException {
    return new Input(stem(file), file, text(file.toString(), TextFiles.readUtf8(file)));
  }

  /**
   * The text of a file's bytes read elsewhere (the Spark job reads files through Hadoop), by
   * the same rules as {@link #read}; {@code fileName} names the file in error messages.
   */
  public static String decode(String fileName, byte[] bytes) throws BratFormatException {
    return text(fileName, TextFiles.decodeUtf8(fileName, bytes));
  }

  /** A decoded text with its byte-order mark dropped; NUL bytes refused. */
  private static String text(String fileName, String decoded) throws BratFormatException {
    String text = decoded;
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int nul = text.indexOf('\u0000');
    if (nul >= 0) {
      throw new BratFormatException(fileName, 0, "binary content: NUL character at offset " + nul + "; not a text file");
    }
    return text;
  }

  /**
   * The order of the documents of a run, on their file names ({@code NAME.txt}): the order
   * {@link #list} gives and cross-document identity links them in (the Spark job sorts on it too).
   */
  public static final Comparator<String> FILE_NAME_ORDER = Comparator.comparing(Path::of);

  /** The file name without {@code .txt}: the document's name. */
  public static String stem(Path file) {
    return file.getFileName().toString().replaceFirst("\\.txt$", "");
  }
}
