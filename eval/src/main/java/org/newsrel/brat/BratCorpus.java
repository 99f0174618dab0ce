package org.newsrel.brat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A set of brat documents read from a directory, with what went wrong on the way.
 * Two layouts are recognised:
 * <ul>
 *   <li>flat: {@code NAME.txt} beside {@code NAME.ann};</li>
 *   <li>PolNeAR: {@code text/NAME.txt} and {@code attributions/NAME_ANNOTATOR.ann}; where
 *       a text has several annotators' files the first in name order is used and a note
 *       says so.</li>
 * </ul>
 * A bad document never sinks the others: it is left out and its error kept.
 *
 * <p>A flat gold directory may declare the labels it annotates in {@value #LABELS_FILE} (not
 * a {@code .txt}, which would be read as a document): one label per line, {@code #} starts a
 * comment. A gold set that labels only PERSON, ORGANIZATION and LOCATION says so there,
 * and the scorers then leave the other entity types out (a prediction of DATE is not a
 * false positive against a set that never labels dates). Without the file
 * {@link #declaredLabels()} is empty: every label counts.
 *
 * @param missing names of the documents whose prediction file was absent (predictions only)
 * @param declaredLabels the labels a gold set declares in {@value #LABELS_FILE} (empty: all)
 */
public record BratCorpus(List<BratDocument> documents, List<String> notes, List<BratFormatException> errors,
    List<String> missing, Set<String> declaredLabels) {

  /** The file in a gold directory that declares the labels the set annotates. */
  public static final String LABELS_FILE = "labels.conf";
  private static final Pattern LABEL = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  public BratCorpus {
    documents = List.copyOf(documents);
    notes = List.copyOf(notes);
    errors = List.copyOf(errors);
    missing = List.copyOf(missing);
    declaredLabels = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(declaredLabels));
  }

  /** A corpus with no missing files that declares no label set. */
  public BratCorpus(List<BratDocument> documents, List<String> notes, List<BratFormatException> errors) {
    this(documents, notes, errors, List.of(), Set.of());
  }

  public Optional<BratDocument> document(String name) {
    return documents.stream().filter(d -> d.name().equals(name)).findFirst();
  }

  /** Reads a gold directory in either layout. A text without annotations is an error. */
  public static BratCorpus readGold(Path dir) throws BratFormatException {
    return readGold(dir, false);
  }

  /**
   * Reads a gold directory as {@link #readGold} does, but going on past problems (for
   * {@code validate}): a document with problems is kept with its usable annotations
   * ({@link BratReader#parseAll}) and every problem of every file is in {@code errors}.
   */
  public static BratCorpus readGoldAllProblems(Path dir) throws BratFormatException {
    return readGold(dir, true);
  }

  private static BratCorpus readGold(Path dir, boolean allProblems) throws BratFormatException {
    if (!Files.isDirectory(dir)) {
      throw new BratFormatException(dir, 0, "not a directory");
    }
    if (Files.isDirectory(dir.resolve("text")) && Files.isDirectory(dir.resolve("attributions"))) {
      return readPolnear(dir, allProblems);
    }
    List<BratDocument> docs = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<BratFormatException> errors = new ArrayList<>();
    for (Path txt : list(dir, ".txt")) {
      Path ann = txt.resolveSibling(BratReader.stem(txt) + ".ann");
      if (!Files.exists(ann)) {
        errors.add(new BratFormatException(ann, 0, "missing: every gold text needs its .ann"));
        continue;
      }
      read(txt, ann, allProblems, docs, errors);
    }
    if (docs.isEmpty() && errors.isEmpty()) {
      throw new BratFormatException(dir, 0, "no .txt files (expected NAME.txt + NAME.ann, or text/ + attributions/)");
    }
    Set<String> labels = readLabels(dir.resolve(LABELS_FILE));
    if (!labels.isEmpty()) {
      notes.add("labels declared in " + LABELS_FILE + ": " + String.join(", ", new TreeSet<>(labels)));
    }
    return new BratCorpus(docs, notes, errors, List.of(), labels);
  }

  /**
   * The labels a gold directory declares in {@value #LABELS_FILE}, or none when the file is
   * absent. A line that is not one label, or a file that declares none, is an error.
   */
  static Set<String> readLabels(Path file) throws BratFormatException {
    if (!Files.exists(file)) {
      return Set.of();
    }
    Set<String> labels = new TreeSet<>();
    String[] lines = TextFiles.readUtf8(file).split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int hash = line.indexOf('#');
      String label = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (label.isEmpty()) {
        continue;
      }
      if (!LABEL.matcher(label).matches()) {
        throw new BratFormatException(file, i + 1, "expected one label per line, got '" + label + "'");
      }
      labels.add(label);
    }
    if (labels.isEmpty()) {
      throw new BratFormatException(file, 0, "declares no label (one label per line; delete the file to score all)");
    }
    return labels;
  }

  /** Reads one document into {@code docs}, its problem (or, with {@code allProblems}, all of them) into {@code errors}. */
  private static void read(Path txt, Path ann, boolean allProblems, List<BratDocument> docs,
      List<BratFormatException> errors) {
    try {
      if (allProblems) {
        BratReader.Parsed p = BratReader.readAll(txt, ann);
        docs.add(p.document());
        errors.addAll(p.problems());
      } else {
        docs.add(BratReader.read(txt, ann));
      }
    } catch (BratFormatException e) {
      errors.add(e);
    }
  }

  private static BratCorpus readPolnear(Path dir, boolean allProblems) throws BratFormatException {
    List<BratDocument> docs = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<BratFormatException> errors = new ArrayList<>();
    Map<String, List<Path>> annsByText = new TreeMap<>();
    for (Path ann : list(dir.resolve("attributions"), ".ann")) {
      String stem = BratReader.stem(ann);
      int us = stem.lastIndexOf('_');
      String textName = us > 0 ? stem.substring(0, us) : stem;
      annsByText.computeIfAbsent(textName, k -> new ArrayList<>()).add(ann);
    }
    for (Path txt : list(dir.resolve("text"), ".txt")) {
      String name = BratReader.stem(txt);
      List<Path> anns = annsByText.getOrDefault(name, List.of());
      if (anns.isEmpty()) {
        errors.add(new BratFormatException(txt, 0, "no attributions/" + name + "_ANNOTATOR.ann for this text"));
        continue;
      }
      anns.sort(null);
      if (anns.size() > 1) {
        notes.add(name + ": " + anns.size() + " annotators' files; used " + anns.get(0).getFileName());
      }
      read(txt, anns.get(0), allProblems, docs, errors);
    }
    return new BratCorpus(docs, notes, errors);
  }

  /**
   * Reads predictions for the given gold documents from a flat directory of
   * {@code NAME.ann} files, checked against the gold text. A missing file counts as an
   * empty prediction and gives a note; an unreadable one is an error and the document
   * is scored as empty, so every gold document stays in the denominator.
   */
  public static BratCorpus readPredictions(Path dir, List<BratDocument> gold) throws BratFormatException {
    if (!Files.isDirectory(dir)) {
      throw new BratFormatException(dir, 0, "not a directory");
    }
    List<BratDocument> docs = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<BratFormatException> errors = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (BratDocument g : gold) {
      Path ann = dir.resolve(g.name() + ".ann");
      if (!Files.exists(ann)) {
        missing.add(g.name());
        notes.add("warning: " + ann + " is missing; scored as an empty prediction");
        docs.add(BratDocument.empty(g.name(), g.text()));
        continue;
      }
      try {
        docs.add(BratReader.parse(g.name(), g.text(), ann.toString(), TextFiles.readUtf8(ann)));
      } catch (BratFormatException e) {
        errors.add(e);
        docs.add(BratDocument.empty(g.name(), g.text()));
      }
    }
    return new BratCorpus(docs, notes, errors, missing, Set.of());
  }

  private static List<Path> list(Path dir, String suffix) throws BratFormatException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new BratFormatException(dir, 0, "cannot list directory: " + e.getMessage());
    }
  }
}
