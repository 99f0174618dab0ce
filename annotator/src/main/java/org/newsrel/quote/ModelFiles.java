package org.newsrel.quote;

import edu.stanford.nlp.io.IOUtils;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reading and writing the attribution layer's serialized models (gzip when the name ends in .gz). */
final class ModelFiles {

  private ModelFiles() {}

  /**
   * Loads a model of the given type from a file path or the classpath.
   *
   * @param what the model's name for error messages, e.g. "cue model"
   */
  static <T> T load(String location, Class<T> type, String what) {
    try {
      return type.cast(IOUtils.readObjectFromURLOrClasspathOrFileSystem(location));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + what + " " + location, e);
    } catch (ClassNotFoundException | ClassCastException e) {
      throw new IllegalArgumentException("not a " + what + ": " + location, e);
    }
  }

  static void save(Object model, String path) throws IOException {
    IOUtils.writeObjectToFile(model, path);
  }
}
