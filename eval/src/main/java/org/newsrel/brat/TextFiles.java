package org.newsrel.brat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Strict UTF-8 file reading: invalid bytes are an error naming the file and byte offset, never U+FFFD. */
public final class TextFiles {

  private TextFiles() {}

  public static String readUtf8(Path file) throws BratFormatException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new BratFormatException(file, 0, "file not found");
    } catch (IOException e) {
      throw new BratFormatException(file, 0, "cannot read: " + e.getMessage());
    }
    return decodeUtf8(file.toString(), bytes);
  }

  public static String decodeUtf8(String fileName, byte[] bytes) throws BratFormatException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8Byte(bytes);
      int line = 1;
      for (int i = 0; i < bad && i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new BratFormatException(fileName, line, "not valid UTF-8 (first bad byte at byte offset " + bad + ")");
    }
  }

  /** Byte offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
  static int firstInvalidUtf8Byte(byte[] b) {
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xff;
      int n;
      if (c < 0x80) {
        n = 0;
      } else if (c >= 0xc2 && c <= 0xdf) {
        n = 1;
      } else if (c >= 0xe0 && c <= 0xef) {
        n = 2;
      } else if (c >= 0xf0 && c <= 0xf4) {
        n = 3;
      } else {
        return i;
      }
      if (i + n >= b.length) {
        return i; // truncated sequence at the end of the file
      }
      for (int k = 1; k <= n; k++) {
        if ((b[i + k] & 0xc0) != 0x80) {
          return i;
        }
      }
      i += n + 1;
    }
    return b.length;
  }
}
