package org.newsrel.ner;

import static org.newsrel.core.EntityTypes.LOCATION;
import static org.newsrel.core.EntityTypes.NATIONALITY;
import static org.newsrel.core.EntityTypes.O;
import static org.newsrel.core.EntityTypes.ORGANIZATION;
import static org.newsrel.core.EntityTypes.PERSON;
import static org.newsrel.core.EntityTypes.TITLE;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsrel.core.EntityMention;
import org.newsrel.core.TextSpan;

/**
 * Per-document state of the token rules ({@link TokenLabeler}): a label, confidence and rule
 * name per token, where runs start, each token's sentence and whether that sentence is a
 * title-case headline, plus the NATIONALITY spans, the TITLE spans split off names and the
 * acronyms found. Rules change it only through {@link #set}, {@link #startRun} and the
 * {@code add}/{@code put} methods; it is mutable while labelling, then only read.
 */
final class DocumentLabels {

  /** CoreNLP's fourth CRF type: read from the stock tags, never written as a mention. */
  static final String MISC = "MISC";
  /** The name types of the scheme that the CRFs also give. */
  static final Set<String> NAME_TYPES = Set.of(PERSON, ORGANIZATION, LOCATION);
  /** The name types of the CoNLL CRF: {@link #NAME_TYPES} and MISC. */
  static final Set<String> CRF_NAME_TYPES = Set.of(PERSON, ORGANIZATION, LOCATION, MISC);

  /** Two or more capitalised words joined by slashes, no spaces: "Foo/Bar". */
  private static final Pattern SLASHED_NAMES = Pattern.compile("\\p{Lu}[\\p{L}.&-]*(/\\p{Lu}[\\p{L}.&-]*)+");

  private final String docText;
  private final List<CoreLabel> tokens;
  private final String[] second;
  private final String[] label;
  private final boolean[] runStart;
  private final double[] confidence;
  private final String[] rule;
  private final boolean[] titleCase;
  private final int[] sentenceOf;
  private final List<int[]> sentenceBounds = new ArrayList<>();
  private final List<TextSpan> nationalities = new ArrayList<>();
  private final List<TextSpan> splitTitles = new ArrayList<>();
  private final Map<String, String> acronyms = new LinkedHashMap<>();
  private final Map<CoreLabel, Integer> index = new IdentityHashMap<>();

  /**
   * Empty labels for {@code tokens} of {@code docText}; {@code second} is a second CRF's
   * answer per token (PERSON, ORGANIZATION, LOCATION or O), or null.
   */
  DocumentLabels(String docText, List<CoreLabel> tokens, String[] second) {
    this.docText = docText;
    this.tokens = tokens;
    this.second = second;
    int n = tokens.size();
    label = new String[n];
    runStart = new boolean[n];
    confidence = new double[n];
    rule = new String[n];
    titleCase = new boolean[n];
    sentenceOf = new int[n];
    for (int i = 0; i < n; i++) {
      index.put(tokens.get(i), i);
    }
  }

  /** Records sentence {@code from} to {@code to} (token indices) as the next sentence. */
  void addSentence(int from, int to, boolean isTitleCase) {
    int s = sentenceBounds.size();
    sentenceBounds.add(new int[] {from, to});
    for (int i = from; i < to; i++) {
      sentenceOf[i] = s;
      titleCase[i] = isTitleCase;
    }
  }

  String docText() {
    return docText;
  }

  List<CoreLabel> tokens() {
    return tokens;
  }

  CoreLabel token(int i) {
    return tokens.get(i);
  }

  String word(int i) {
    return tokens.get(i).word();
  }

  int size() {
    return tokens.size();
  }

  /** Sentences as {from, to} token indices, in order. */
  List<int[]> sentenceBounds() {
    return Collections.unmodifiableList(sentenceBounds);
  }

  int sentenceOf(int i) {
    return sentenceOf[i];
  }

  boolean sameSentence(int i, int j) {
    return sentenceOf[i] == sentenceOf[j];
  }

  /** Whether token {@code i} is in a title-case headline. */
  boolean titleCase(int i) {
    return titleCase[i];
  }

  boolean hasSecondReading() {
    return second != null;
  }

  /** The second CRF's answer at {@code i} (null where it gave none); only when {@link #hasSecondReading}. */
  String secondLabel(int i) {
    return second[i];
  }

  String label(int i) {
    return label[i];
  }

  /** Whether token {@code i} is labelled {@code type}. */
  boolean is(int i, String type) {
    return label[i].equals(type);
  }

  /** A copy of the labels as they stand. */
  String[] labels() {
    return label.clone();
  }

  double confidence(int i) {
    return confidence[i];
  }

  String rule(int i) {
    return rule[i];
  }

  boolean runStart(int i) {
    return runStart[i];
  }

  /** Sets token {@code i} as the stock NER tagged it, {@code startsRun} saying whether a run starts there. */
  void tag(int i, String type, double conf, String why, boolean startsRun) {
    label[i] = type;
    confidence[i] = conf;
    rule[i] = why;
    runStart[i] = startsRun;
  }

  /** Labels tokens {@code from} to {@code to} as one run of {@code type}. */
  void set(int from, int to, String type, double conf, String why) {
    for (int i = from; i < to; i++) {
      label[i] = type;
      confidence[i] = conf;
      rule[i] = why;
      runStart[i] = i == from;
    }
    if (to < label.length) {
      runStart[to] = true;
    }
  }

  /** A new run starts at {@code i}, even if the label is the same as before it. */
  void startRun(int i) {
    runStart[i] = true;
  }

  void addNationality(TextSpan span) {
    nationalities.add(span);
  }

  void addSplitTitle(TextSpan span) {
    splitTitles.add(span);
  }

  /** TITLE spans split off the front of names. */
  List<TextSpan> splitTitles() {
    return Collections.unmodifiableList(splitTitles);
  }

  void putAcronym(String acronym, String expansion) {
    acronyms.put(acronym, expansion);
  }

  void putAcronymIfAbsent(String acronym, String expansion) {
    acronyms.putIfAbsent(acronym, expansion);
  }

  /** Acronym to expansion, in the order found. */
  Map<String, String> acronyms() {
    return Collections.unmodifiableMap(acronyms);
  }

  int indexOf(CoreLabel token) {
    return index.getOrDefault(token, -1);
  }

  String labelOf(CoreLabel token) {
    int i = indexOf(token);
    return i < 0 ? O : label[i];
  }

  boolean isNationality(CoreLabel token) {
    for (TextSpan s : nationalities) {
      if (s.begin() < token.endPosition() && token.beginPosition() < s.end()) {
        return true;
      }
    }
    return false;
  }

  /** Runs of equal label, not crossing sentences or run starts: {from, to}. */
  List<int[]> runs() {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < label.length) {
      int j = i + 1;
      while (j < label.length && label[j].equals(label[i]) && !runStart[j] && sentenceOf[j] == sentenceOf[i]) {
        j++;
      }
      if (!label[i].equals(O)) {
        out.add(new int[] {i, j});
      }
      i = j;
    }
    return out;
  }

  int[] runAt(int i) {
    for (int[] r : runs()) {
      if (r[0] <= i && i < r[1]) {
        return r;
      }
    }
    return null;
  }

  /** The original text of tokens {@code from} to {@code to}, one space where the text has any. */
  String text(int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from && tokens.get(i).beginPosition() > tokens.get(i - 1).endPosition()) {
        sb.append(' ');
      }
      sb.append(tokens.get(i).originalText());
    }
    return sb.toString();
  }

  /** The named layer and nationalities as mentions. */
  List<EntityMention> mentions(String text) {
    List<EntityMention> out = new ArrayList<>();
    for (int[] r : runs()) {
      int b = tokens.get(r[0]).beginPosition();
      int e = tokens.get(r[1] - 1).endPosition();
      String surface = text.substring(b, e);
      if (SLASHED_NAMES.matcher(surface).matches()) {
        // "Foo/Bar" (a photo credit naming two agencies) is two names of the type
        int from = b;
        for (String part : surface.split("/")) {
          out.add(new EntityMention(TextSpan.of(text, from, from + part.length()), label[r[0]], null, null,
              confidence[r[0]], rule[r[0]] + "+slash-split"));
          from += part.length() + 1;
        }
        continue;
      }
      out.add(new EntityMention(TextSpan.of(text, b, e), label[r[0]], null, null, confidence[r[0]], rule[r[0]]));
    }
    for (TextSpan s : nationalities) {
      out.add(new EntityMention(s, NATIONALITY, null, null, 0.9, "lexicon:nationality"));
    }
    for (TextSpan s : splitTitles) {
      out.add(new EntityMention(s, TITLE, null, null, 0.8, "title:split-from-name"));
    }
    return out;
  }
}
