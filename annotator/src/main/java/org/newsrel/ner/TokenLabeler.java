package org.newsrel.ner;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsrel.core.EntityMention;
import org.newsrel.core.TextSpan;

/**
 * Token-level rules of the entity layer: turns CoreNLP's NER tags into the named layer
 * (PERSON, ORGANIZATION, LOCATION, DATE, NUMBER), fixing the stock errors, and finds
 * NATIONALITY and TITLE words. Each rule is one method, applied in the order of
 * {@link #label}; the word lists come from {@link EntityLexicon}.
 */
final class TokenLabeler {

  static final String O = "O";
  static final String PER = "PERSON";
  static final String ORG = "ORGANIZATION";
  static final String LOC = "LOCATION";
  static final String DATE = "DATE";
  static final String NUM = "NUMBER";
  private static final String MISC = "MISC";

  private static final Set<String> SMALL_WORDS = Set.of("of", "the", "a", "an", "and", "to", "in", "on", "for",
      "at", "by", "with", "as", "from", "or", "is", "are", "be", "after", "over", "into", "rather", "than");
  private static final java.util.regex.Pattern WEB_NAME =
      java.util.regex.Pattern.compile("[A-Z][A-Za-z0-9-]*\\.(com|org|net|io|tv|info|news)");
  /** Two or more capitalised words joined by slashes, no spaces: "Foo/Bar". */
  private static final java.util.regex.Pattern SLASHED_NAMES =
      java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}.&-]*(/\\p{Lu}[\\p{L}.&-]*)+");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "inside", "outside", "near", "into",
      "around", "within", "behind");
  private static final Set<String> NAME_LINKERS = Set.of("of", "for", "and", "&");
  private static final Set<String> COUNT_NOUNS = Set.of("hundreds", "thousands", "dozens", "millions");
  private static final Set<String> TITLE_RELATIONS = Set.of("appos", "compound", "nsubj", "flat", "dep",
      "nmod", "nmod:poss", "nsubj:pass");

  private final EntityLexicon lexicon;
  private final int maxNationalityWords;
  private final int maxTitleWords;

  TokenLabeler(EntityLexicon lexicon) {
    this.lexicon = lexicon;
    this.maxNationalityWords = lexicon.maxWords("nationality");
    this.maxTitleWords = lexicon.maxWords("title");
  }

  /** Per-document result of the token rules (mutable while labelling, then only read). */
  static final class DocumentLabels {
    final String docText;
    final List<CoreLabel> tokens;
    final String[] label;
    final boolean[] runStart;
    final double[] confidence;
    final String[] rule;
    final boolean[] titleCase;
    final boolean[] blocked;
    final int[] sentenceOf;
    final List<int[]> sentenceBounds = new ArrayList<>();
    final List<TextSpan> nationalities = new ArrayList<>();
    final List<TextSpan> splitTitles = new ArrayList<>();
    final Map<String, String> acronyms = new LinkedHashMap<>();
    final Map<CoreLabel, Integer> index = new IdentityHashMap<>();

    DocumentLabels(String docText, List<CoreLabel> tokens) {
      this.docText = docText;
      this.tokens = tokens;
      int n = tokens.size();
      label = new String[n];
      runStart = new boolean[n];
      confidence = new double[n];
      rule = new String[n];
      titleCase = new boolean[n];
      blocked = new boolean[n];
      sentenceOf = new int[n];
      for (int i = 0; i < n; i++) {
        index.put(tokens.get(i), i);
      }
    }

    Map<String, String> acronyms() {
      return acronyms;
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
        out.add(new EntityMention(s, "NATIONALITY", null, null, 0.9, "lexicon:nationality"));
      }
      for (TextSpan s : splitTitles) {
        out.add(new EntityMention(s, "TITLE", null, null, 0.8, "title:split-from-name"));
      }
      return out;
    }
  }

  DocumentLabels label(String text, List<CoreLabel> tokens, List<CoreMap> sentences) {
    return label(text, tokens, sentences, null);
  }

  /**
   * Labels a document; {@code second} is a second CRF's answer per token (PERSON,
   * ORGANIZATION, LOCATION or O), or null.
   */
  DocumentLabels label(String text, List<CoreLabel> tokens, List<CoreMap> sentences, String[] second) {
    DocumentLabels d = new DocumentLabels(text, tokens);
    int s = 0;
    for (CoreMap sentence : sentences) {
      int from = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
      int to = sentence.get(CoreAnnotations.TokenEndAnnotation.class);
      d.sentenceBounds.add(new int[] {from, to});
      boolean tc = isTitleCase(tokens.subList(from, to));
      for (int i = from; i < to; i++) {
        d.sentenceOf[i] = s;
        d.titleCase[i] = tc;
      }
      s++;
    }
    initFromStockNer(d);
    if (second != null) {
      secondReading(d, second);
    }
    dropPronouns(d);
    trimNameEdges(d);
    webNames(d);
    seatsOfGovernment(d);
    organisationHeads(d);
    acronyms(d);
    headlineNoise(d);
    demonymTeams(d);
    nationalities(d);
    locationHeads(d);
    consistency(d);
    prepositionalPlaces(d);
    splitLeadingTitles(d);
    dates(d);
    numbers(d);
    return d;
  }

  /** Rule 1: CoreNLP's CRF / SUTime / numeric tags, mapped to the scheme's types. */
  private void initFromStockNer(DocumentLabels d) {
    String prev = null;
    for (int i = 0; i < d.tokens.size(); i++) {
      CoreLabel t = d.tokens.get(i);
      String ner = t.ner() == null ? O : t.ner();
      String type = switch (ner) {
        case "PERSON", "ORGANIZATION", "LOCATION", "MISC" -> ner;
        case "DATE", "TIME" -> DATE;
        case "NUMBER", "PERCENT" -> NUM;
        default -> "CD".equals(t.tag()) ? NUM : O;
      };
      d.label[i] = type;
      d.confidence[i] = 0.8;
      d.rule[i] = "corenlp:" + ner;
      d.runStart[i] = prev == null || !ner.equals(prev) || i > 0 && d.sentenceOf[i] != d.sentenceOf[i - 1];
      prev = ner;
    }
  }

  /**
   * Rule 1b: the second CRF's PERSON / ORGANIZATION / LOCATION wins over the first CRF's
   * name types (CoreNLP's own order: its 3-class model before the CoNLL one); where it
   * sees no name, the first CRF's LOCATION and MISC stand (its PERSON and ORGANIZATION
   * go), and SUTime's DATE and the NUMBER tags are never overridden. A name the second CRF alone
   * sees is taken only if it spans two or more tokens or is not a lone PERSON: a single
   * capitalised word that only one model calls a person is mostly a common word
   * (a menu word such as "Home" or "More").
   */
  private void secondReading(DocumentLabels d, String[] second) {
    List<int[]> firstRuns = new ArrayList<>();
    for (int[] r : d.runs()) {
      if (Set.of(PER, ORG, LOC, MISC).contains(d.label[r[0]])) {
        firstRuns.add(r);
      }
    }
    String[] first = d.label.clone();
    boolean[] confirmed = new boolean[first.length];
    int i = 0;
    while (i < d.tokens.size()) {
      String a = second[i] == null ? O : second[i];
      if (!Set.of(PER, ORG, LOC).contains(a)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < d.tokens.size() && a.equals(second[j]) && d.sentenceOf[j] == d.sentenceOf[i]) {
        j++;
      }
      boolean firstSawName = false;
      boolean free = true;
      for (int k = i; k < j; k++) {
        firstSawName |= Set.of(PER, ORG, LOC, MISC).contains(first[k]);
        free &= !first[k].equals(DATE) && !first[k].equals(NUM);
      }
      boolean weak = !firstSawName && j - i == 1 && a.equals(PER);
      if (free && !weak) {
        // a run of the same type from the first CRF that reaches further lends its extra
        // name words ("Foo Bar Baz" against "Foo Bar"), not a title, courtesy title or
        // possessive ("Justice Foo Bar", "Mr. Bar", "Bar's"), nor a headline word ("Foo Bar
        // Says"); the words of a first-CRF run left outside lose their label ("Senate
        // Minority" against ORGANIZATION "Senate", "Mr." of "Mr. Bar")
        int from = i;
        int to = j;
        for (int[] r : firstRuns) {
          if (r[0] < j && i < r[1] && first[r[0]].equals(a)) {
            while (from > r[0] && (extendsName(d, from - 1) || from - 2 >= r[0] && linker(d, from - 1)
                && extendsName(d, from - 2))) {
              from--;
            }
            while (to < r[1] && (extendsName(d, to) || to + 1 < r[1] && linker(d, to) && extendsName(d, to + 1))) {
              to++;
            }
          }
        }
        for (int[] r : firstRuns) {
          if (r[0] < to && from < r[1]) {
            for (int k = r[0]; k < r[1]; k++) {
              if ((k < from || k >= to) && !confirmed[k]) {
                d.set(k, k + 1, O, 1, "corenlp-3class:O");
              }
            }
          }
        }
        d.set(from, to, a, 0.8, from == i && to == j ? "corenlp-3class:" + a : "corenlp:" + a);
        for (int k = from; k < to; k++) {
          confirmed[k] = true;
        }
      }
      i = j;
    }
    // a PERSON or ORGANIZATION of the first CRF that the second does not see at all is
    // dropped, as CoreNLP's own combination of the two drops it (measured on US news:
    // wrong more often than right: laws, shows, programmes, "the World"); a LOCATION stays,
    // and so does a transcript's speaker label ("FOO: ...")
    for (int[] r : firstRuns) {
      String type = first[r[0]];
      boolean seen = false;
      for (int k = r[0]; k < r[1]; k++) {
        seen |= confirmed[k] || second[k] != null && !second[k].equals(O);
      }
      if (!seen && (type.equals(PER) || type.equals(ORG)) && !speakerLabel(d, r)) {
        d.set(r[0], r[1], O, 1, "corenlp-3class:O");
      }
    }
  }

  /** "of", "for", "&" inside a name ("Bank of Foo"); not "and", which joins two names as often. */
  private static boolean linker(DocumentLabels d, int k) {
    return Set.of("of", "for", "&").contains(d.tokens.get(k).word());
  }

  /** A transcript's speaker label: one ALL-CAPS word opening its line, a colon right after ("FOO: Thank you."). */
  private static boolean speakerLabel(DocumentLabels d, int[] r) {
    if (r[1] - r[0] != 1 || r[1] >= d.tokens.size() || !d.tokens.get(r[1]).word().equals(":")) {
      return false;
    }
    CoreLabel t = d.tokens.get(r[0]);
    int lineStart = d.docText.lastIndexOf('\n', t.beginPosition() - 1) + 1;
    String before = d.docText.substring(lineStart, t.beginPosition());
    return t.word().matches("\\p{Lu}{2,}") && before.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  private boolean extendsName(DocumentLabels d, int k) {
    CoreLabel t = d.tokens.get(k);
    String w = t.word();
    return isCapitalised(t) && !d.titleCase[k] && !w.endsWith(".") && !isPossessive(t) && !isTitleWord(t)
        && w.codePoints().allMatch(c -> Character.isLetter(c) || c == '-');
  }

  /** Rule 2: pronouns are never entity mentions (stock NER tags some PERSON). */
  private void dropPronouns(DocumentLabels d) {
    for (int i = 0; i < d.tokens.size(); i++) {
      CoreLabel t = d.tokens.get(i);
      String tag = t.tag() == null ? "" : t.tag();
      if (tag.startsWith("PRP") || tag.startsWith("WP") || lexicon.contains("pronoun", t.word())) {
        if (!d.label[i].equals(O) && !d.label[i].equals(NUM) && !d.label[i].equals(DATE)) {
          d.set(i, i + 1, O, 1, "pronoun");
        }
      }
    }
  }

  /**
   * Rule 2c: a PERSON, ORGANIZATION or LOCATION run from the CRF starts and ends with a
   * word of the name (guidelines 1.1.1): a leading article, possessive ending or stray
   * punctuation ("The Daily Bugle", "Foo's Bar Agency") and a trailing function word or
   * quotation mark ("Institute for Baz at") leave the run; a single capital before a
   * hyphen ("(D-Foo.)", a party letter) is no name.
   */
  private void trimNameEdges(DocumentLabels d) {
    for (int[] r : d.runs()) {
      String type = d.label[r[0]];
      if (!Set.of(PER, ORG, LOC).contains(type)) {
        continue;
      }
      if (r[1] - r[0] == 1 && d.tokens.get(r[0]).word().matches("[A-Z]") && r[1] < d.tokens.size()
          && d.tokens.get(r[1]).word().equals("-") && d.tokens.get(r[1]).beginPosition() == d.tokens.get(r[0]).endPosition()) {
        // a party letter in "(D-Foo.)" or an initial before a hyphen is not a name of its own
        d.set(r[0], r[1], O, 1, "rule:name-edge");
        continue;
      }
      int from = r[0];
      int to = r[1];
      while (from < to && (isArticle(d.tokens.get(from)) || isPossessive(d.tokens.get(from))
          || isEdgePunct(d.tokens.get(from)))) {
        from++;
      }
      while (to > from && (isEdgePunct(d.tokens.get(to - 1)) || isLowercaseFunctionWord(d.tokens.get(to - 1)))) {
        to--;
      }
      if (from == r[0] && to == r[1]) {
        continue;
      }
      double conf = d.confidence[r[0]];
      String rule = d.rule[r[0]];
      d.set(r[0], r[1], O, 1, "rule:name-edge");
      if (from < to) {
        d.set(from, to, type, conf, rule);
      }
    }
  }

  private static boolean isArticle(CoreLabel t) {
    return Set.of("the", "a", "an").contains(t.word().toLowerCase(Locale.ROOT));
  }

  private static boolean isPossessive(CoreLabel t) {
    return "POS".equals(t.tag()) || Set.of("'s", "\u2019s", "'", "\u2019").contains(t.word());
  }

  private static boolean isEdgePunct(CoreLabel t) {
    String w = t.word();
    return !w.isEmpty() && w.codePoints().noneMatch(Character::isLetterOrDigit) && !w.equals("&");
  }

  private static boolean isLowercaseFunctionWord(CoreLabel t) {
    String w = t.word();
    return SMALL_WORDS.contains(w) && Character.isLowerCase(w.charAt(0));
  }

  /** Whether the line of {@code t} has letters and none of them lowercase (an ALL-CAPS headline or dateline). */
  static boolean onAllCapsLine(String text, CoreLabel t) {
    int b = text.lastIndexOf('\n', t.beginPosition() - 1) + 1;
    int e = text.indexOf('\n', t.endPosition());
    String line = text.substring(b, e < 0 ? text.length() : e);
    return line.codePoints().anyMatch(Character::isLetter) && line.codePoints().noneMatch(Character::isLowerCase);
  }

  /** Whether {@code t} opens its line and a comma, parenthesis, dash or date follows: a dateline's place. */
  private static boolean datelinePlace(DocumentLabels d, int i) {
    CoreLabel t = d.tokens.get(i);
    int b = d.docText.lastIndexOf('\n', t.beginPosition() - 1) + 1;
    if (!d.docText.substring(b, t.beginPosition()).isBlank() || i + 1 >= d.tokens.size()) {
      return false;
    }
    String next = d.tokens.get(i + 1).word();
    return Set.of(",", "(", "-LRB-", "-", "--", "\u2013", "\u2014").contains(next) || d.label[i + 1].equals(DATE);
  }

  private static boolean aloneOnLine(DocumentLabels d, CoreLabel t) {
    int b = d.docText.lastIndexOf('\n', t.beginPosition() - 1) + 1;
    int e = d.docText.indexOf('\n', t.endPosition());
    return d.docText.substring(b, e < 0 ? d.docText.length() : e).strip().equals(t.word());
  }

  /** Rule 2a: a capitalised web name ("Foobar.com", "Newsly.org") is an ORGANIZATION (the site's owner). */
  private void webNames(DocumentLabels d) {
    for (int i = 0; i < d.tokens.size(); i++) {
      if (WEB_NAME.matcher(d.tokens.get(i).word()).matches()) {
        d.set(i, i + 1, ORG, 0.85, "rule:web-name");
      }
    }
  }

  /**
   * Rule 2b: the name of a seat of government ({@code [seat-of-government]}: "Kremlin",
   * "White House") stands for the government: ORGANIZATION, unless it follows a place
   * preposition ("at the Kremlin", "in the White House"), where it is the building.
   */
  private void seatsOfGovernment(DocumentLabels d) {
    int max = lexicon.maxWords("seat-of-government");
    for (int i = 0; i < d.tokens.size(); i++) {
      if (!isCapitalised(d.tokens.get(i))) {
        continue;
      }
      for (int len = Math.min(max, d.tokens.size() - i); len >= 1; len--) {
        if (d.sentenceOf[i + len - 1] != d.sentenceOf[i]
            || !lexicon.contains("seat-of-government", phrase(d.tokens, i, i + len))) {
          continue;
        }
        int p = i - 1;
        if (p >= 0 && d.tokens.get(p).word().equalsIgnoreCase("the")) {
          p--;
        }
        boolean place = p >= 0 && PLACE_PREPOSITIONS.contains(d.tokens.get(p).word().toLowerCase(Locale.ROOT));
        if (!place) {
          d.set(i, i + len, ORG, 0.85, "rule:seat-of-government");
        }
        i += len - 1;
        break;
      }
    }
  }

  /**
   * Rule 3: a capitalised phrase ending in an organisation head word ("Foo Bar Agency",
   * "Baz Corps", "Ministry of Qux") is one ORGANIZATION (not in title-case headlines).
   */
  private void organisationHeads(DocumentLabels d) {
    Set<String> heads = new HashSet<>();
    lexicon.keys("org-head").forEach(h -> heads.add(h));
    for (int[] b : d.sentenceBounds) {
      if (d.titleCase[b[0]]) {
        continue;
      }
      int i = b[0];
      while (i < b[1]) {
        if (!isCapitalised(d.tokens.get(i)) || d.label[i].equals(DATE) || d.label[i].equals(NUM)) {
          i++;
          continue;
        }
        int j = i;
        int lastHead = -1;
        while (j < b[1]) {
          CoreLabel t = d.tokens.get(j);
          if (isCapitalised(t)) {
            if (heads.contains(t.word().toLowerCase(Locale.ROOT))) {
              lastHead = j;
            }
            j++;
          } else if (NAME_LINKERS.contains(t.word().toLowerCase(Locale.ROOT)) && j + 1 < b[1]
              && isCapitalised(d.tokens.get(j + 1))) {
            if (t.word().equals("and") && lastHead == j - 1) {
              break; // "Foo Oil and Bar Airlines": two names, each with its head
            }
            j++;
          } else {
            break;
          }
        }
        // "Ministry of Qux", "Bank of Foo": an organisation head followed by "of" and more
        // capitalised words keeps them ("of" and "and" only: "for" and "at" often start a
        // second name)
        if (lastHead > i && lastHead + 2 < j && d.tokens.get(lastHead + 1).word().equals("of")) {
          lastHead = j - 1;
        }
        if (lastHead > i) {
          int start = i;
          while (start < lastHead && ("DT".equals(d.tokens.get(start).tag()) || d.label[start].equals(PER))) {
            start++;
          }
          if (start < lastHead) {
            d.set(start, lastHead + 1, ORG, 0.85, "rule:org-head");
          }
        }
        i = Math.max(j, i + 1);
      }
    }
  }

  /**
   * Rule 4: acronyms. "Foo Bar Agency (FBA)" gives FBA the expansion's type and links
   * them; an all-capitals word spelling the initials of an organisation in the document is
   * that organisation; a short all-capitals word that stock NER calls PERSON, LOCATION or
   * MISC is an ORGANIZATION unless the lexicon knows it as a place.
   */
  private void acronyms(DocumentLabels d) {
    List<CoreLabel> tokens = d.tokens;
    Map<String, String> typeOf = new HashMap<>();
    for (int i = 1; i + 1 < tokens.size(); i++) {
      String w = tokens.get(i).word();
      if (isAcronym(w) && isOpenParen(tokens.get(i - 1)) && isCloseParen(tokens.get(i + 1)) && i >= 2) {
        int end = i - 1;
        String type = d.label[end - 1];
        int[] run;
        if (!type.equals(O) && !type.equals(DATE) && !type.equals(NUM) && (run = d.runAt(end - 1)) != null) {
          boolean plausible = type.equals(ORG) || type.equals(MISC)
              || d.tokens.get(run[0]).word().charAt(0) == w.charAt(0);
          if (!plausible) {
            typeOf.put(w, ORG);
            continue;
          }
          type = type.equals(MISC) ? ORG : type;
          d.set(run[0], run[1], type, d.confidence[run[0]], d.rule[run[0]]);
          d.acronyms.put(w, d.text(run[0], run[1]));
        } else {
          int start = end;
          while (start > 0 && d.sentenceOf[start - 1] == d.sentenceOf[i] && isCapitalised(tokens.get(start - 1))) {
            start--;
          }
          if (start == end) {
            continue;
          }
          type = ORG;
          d.set(start, end, ORG, 0.8, "rule:acronym-expansion");
          d.acronyms.put(w, d.text(start, end));
        }
        typeOf.put(w, type);
      }
    }
    Map<String, String> initialsToName = new HashMap<>();
    for (int[] r : d.runs()) {
      if (d.label[r[0]].equals(ORG) && r[1] - r[0] >= 2) {
        String name = d.text(r[0], r[1]);
        initialsToName.putIfAbsent(DocumentIdentity.initials(name), name);
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).word();
      if (!isAcronym(w)) {
        continue;
      }
      if (typeOf.containsKey(w)) {
        d.set(i, i + 1, typeOf.get(w), 0.85, "rule:acronym-defined");
      } else if (initialsToName.containsKey(w)) {
        d.set(i, i + 1, ORG, 0.85, "rule:acronym-initials");
        d.acronyms.putIfAbsent(w, initialsToName.get(w));
      } else if (lexicon.contains("not-a-name", w) && Set.of(PER, ORG, LOC, MISC).contains(d.label[i])) {
        // a time zone inside a DATE ("1:36 PM CET") stays in it
        d.set(i, i + 1, O, 1, "rule:not-a-name");
      } else if (w.length() <= 4 && Set.of(PER, LOC, MISC).contains(d.label[i]) && !w.matches("[IVXLC]+")
          && d.runAt(i) != null && d.runAt(i)[1] - d.runAt(i)[0] == 1
          && !lexicon.contains("location-alias", w) && !lexicon.contains("nationality", w)
          && !onAllCapsLine(d.docText, tokens.get(i)) && !datelinePlace(d, i)) {
        // in an ALL-CAPS headline or a dateline every word is in capitals: there "ROME" is
        // a word like any other and the CRF's reading stands
        d.set(i, i + 1, ORG, 0.7, "rule:acronym-bare");
      }
    }
  }

  /**
   * Rule 5: title-case headlines ("Captured Soldiers Express Desire To ...") make the CRF
   * see organisations everywhere: there an ORGANIZATION must also be one outside headlines,
   * or be an acronym or a web address.
   */
  private void headlineNoise(DocumentLabels d) {
    for (int[] r : d.runs()) {
      // a section label on a line of its own ("News", "Politics") is no organisation
      if (d.label[r[0]].equals(ORG) && r[1] - r[0] == 1 && lexicon.contains("org-head", d.tokens.get(r[0]).word())
          && aloneOnLine(d, d.tokens.get(r[0]))) {
        d.set(r[0], r[1], O, 1, "rule:section-label");
      }
    }
    Set<String> bodyOrgs = new HashSet<>();
    for (int[] r : d.runs()) {
      if (d.label[r[0]].equals(ORG) && !d.titleCase[r[0]]) {
        bodyOrgs.add(NameKey.key(d.text(r[0], r[1])));
      }
    }
    for (int[] r : d.runs()) {
      if (!d.titleCase[r[0]] || !d.label[r[0]].equals(ORG)) {
        continue;
      }
      String name = d.text(r[0], r[1]);
      if (!bodyOrgs.contains(NameKey.key(name)) && !(r[1] - r[0] == 1 && isAcronym(name)) && !name.contains(".")) {
        d.set(r[0], r[1], O, 1, "rule:headline");
      }
    }
  }

  /**
   * Rule 5b: a singular nationality word used on its own as the subject of a verb ("Foo-ish
   * beat Bar 2-1", "Foo-ish won") names a team or side, not a nationality: ORGANIZATION,
   * as sports clubs are. Not after an article ("the Foo-ish said" is a person) or a
   * capitalised word (a surname: "Ann Foo-ish said"), not before a noun, not a plural demonym ("Foo-ians said" are people), not in a headline.
   */
  private void demonymTeams(DocumentLabels d) {
    List<CoreLabel> tokens = d.tokens;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      String w = t.word();
      if (!isCapitalised(t) || !lexicon.contains("nationality", w) || d.titleCase[i] || d.label[i].equals(ORG)
          || d.sentenceOf[i + 1] != d.sentenceOf[i] || isPluralDemonym(w)) {
        continue;
      }
      if (i > 0 && d.sentenceOf[i - 1] == d.sentenceOf[i]
          && (isArticle(tokens.get(i - 1)) || isCapitalised(tokens.get(i - 1))
              || lexicon.contains("nationality", tokens.get(i - 1).word())
              || tokens.get(i - 1).word().equalsIgnoreCase("north") || tokens.get(i - 1).word().equalsIgnoreCase("south"))) {
        continue;
      }
      String next = tokens.get(i + 1).tag() == null ? "" : tokens.get(i + 1).tag();
      String nextWord = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
      boolean verbAfter = (next.equals("VBD") || next.equals("VBZ")) && Character.isLowerCase(tokens.get(i + 1).word().charAt(0))
          && !Set.of("is", "was", "has", "had", "does", "did").contains(nextWord);
      if (verbAfter) {
        d.set(i, i + 1, ORG, 0.6, "rule:demonym-team");
      }
    }
  }

  private boolean isPluralDemonym(String w) {
    return w.endsWith("s") && lexicon.contains("nationality", w.substring(0, w.length() - 1));
  }

  /**
   * Rule 6: NATIONALITY from the lexicon (longest match, capitalised; also the parts of a
   * hyphenated word such as "Foo-style", "inter-Foo"). Not inside an ORGANIZATION or a
   * MISC name such as a war ("Foo War"), nor after the first word of a person's name (a
   * surname such as "Ann Cuban"). The words leave the named layer.
   */
  private void nationalities(DocumentLabels d) {
    List<CoreLabel> tokens = d.tokens;
    boolean[] blocked = new boolean[tokens.size()];
    for (int[] r : d.runs()) {
      if (d.label[r[0]].equals(MISC) && !d.titleCase[r[0]]) {
        boolean allDemonyms = true;
        for (int i = r[0]; i < r[1]; i++) {
          String w = tokens.get(i).word();
          allDemonyms &= !isCapitalised(tokens.get(i)) || lexicon.contains("nationality", w)
              || w.equalsIgnoreCase("north") || w.equalsIgnoreCase("south") || w.contains("-");
        }
        if (!allDemonyms) {
          for (int i = r[0]; i < r[1]; i++) {
            blocked[i] = true;
          }
        }
      }
    }
    int i = 0;
    while (i < tokens.size()) {
      int matched = 0;
      boolean surname = d.label[i].equals(PER) && i > 0 && d.label[i - 1].equals(PER) && !d.runStart[i];
      if (!blocked[i] && !d.label[i].equals(ORG) && !surname && isCapitalised(tokens.get(i))) {
        for (int len = Math.min(maxNationalityWords, tokens.size() - i); len >= 1 && matched == 0; len--) {
          if (d.sentenceOf[i + len - 1] != d.sentenceOf[i] || d.label[i + len - 1].equals(ORG)) {
            continue;
          }
          if (lexicon.contains("nationality", d.text(i, i + len).replace('\u00a0', ' '))) {
            matched = len;
          }
        }
      }
      if (matched > 0) {
        d.nationalities.add(TextSpan.of(d.docText, tokens.get(i).beginPosition(),
            tokens.get(i + matched - 1).endPosition()));
        d.set(i, i + matched, O, 1, "rule:nationality");
        i += matched;
        continue;
      }
      CoreLabel t = tokens.get(i);
      if (!blocked[i] && !d.label[i].equals(ORG) && t.word().contains("-")) {
        int offset = 0;
        for (String part : t.word().split("-", -1)) {
          if (!part.isEmpty() && Character.isUpperCase(part.charAt(0)) && lexicon.contains("nationality", part)
              && t.originalText().equals(t.word())) {
            int b = t.beginPosition() + offset;
            d.nationalities.add(TextSpan.of(d.docText, b, b + part.length()));
          }
          offset += part.length() + 1;
        }
      }
      i++;
    }
    for (int k = 0; k < tokens.size(); k++) {
      if (d.label[k].equals(MISC)) {
        d.set(k, k + 1, O, 1, "rule:misc");
      }
    }
  }

  /** Rule 7: an unknown capitalised name before a generic place head ("Foo region", "Foo border region"). */
  private void locationHeads(DocumentLabels d) {
    List<CoreLabel> tokens = d.tokens;
    int maxHead = lexicon.maxWords("location-head");
    for (int i = 0; i + 1 < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      if (!isCapitalised(t) || !t.tag().startsWith("NNP") || d.label[i].equals(PER) || d.label[i].equals(ORG)
          || d.isNationality(t)) {
        continue;
      }
      for (int len = Math.min(maxHead, tokens.size() - i - 1); len >= 1; len--) {
        int end = i + 1 + len;
        if (d.sentenceOf[end - 1] != d.sentenceOf[i]) {
          continue;
        }
        String head = d.text(i + 1, end);
        if (head.equals(head.toLowerCase(Locale.ROOT)) && lexicon.contains("location-head", head)) {
          int start = i;
          while (start > 0 && d.label[start - 1].equals(LOC) && !d.runStart[start] && d.sentenceOf[start - 1] == d.sentenceOf[i]) {
            start--;
          }
          d.set(start, end, LOC, 0.8, "rule:location-head");
          break;
        }
      }
    }
  }

  /**
   * Rule 8: one document, one reading. A one-word LOCATION/ORGANIZATION that is a word of a
   * person's name elsewhere is that PERSON (a name after a headline); an untagged
   * capitalised word tagged elsewhere in the document takes that tag.
   */
  private void consistency(DocumentLabels d) {
    propagate(d);
    mergeNameBeforePerson(d);
    personWords(d);
  }

  private void mergeNameBeforePerson(DocumentLabels d) {
    for (int[] r : d.runs()) {
      String w = d.tokens.get(r[0]).word();
      boolean single = r[1] - r[0] == 1 && Set.of(LOC, ORG).contains(d.label[r[0]]) && !isAcronym(w)
          && "NNP".equals(d.tokens.get(r[0]).tag()) && !lexicon.contains("location-alias", w);
      if (single && r[1] < d.tokens.size() && d.label[r[1]].equals(PER) && d.sentenceOf[r[1]] == d.sentenceOf[r[0]]
          && d.tokens.get(r[1]).beginPosition() == d.tokens.get(r[0]).endPosition() + 1) {
        int end = r[1];
        while (end < d.tokens.size() && d.label[end].equals(PER) && (end == r[1] || !d.runStart[end])) {
          end++;
        }
        d.set(r[0], end, PER, 0.75, "rule:name-before-person");
      }
    }
  }

  private void propagate(DocumentLabels d) {
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    for (int[] r : d.runs()) {
      String type = d.label[r[0]];
      if (r[1] - r[0] == 1 && Set.of(PER, ORG, LOC).contains(type)) {
        votes.computeIfAbsent(d.tokens.get(r[0]).word().toLowerCase(Locale.ROOT), k -> new HashMap<>())
            .merge(type, 1, Integer::sum);
      }
    }
    for (int i = 0; i < d.tokens.size(); i++) {
      CoreLabel t = d.tokens.get(i);
      if (!d.label[i].equals(O) || !isCapitalised(t) || !t.tag().startsWith("NNP") || d.isNationality(t)) {
        continue;
      }
      Map<String, Integer> v = votes.get(t.word().toLowerCase(Locale.ROOT));
      boolean neighbourName = i + 1 < d.tokens.size() && d.label[i + 1].equals(O) && d.tokens.get(i + 1).tag().startsWith("NNP")
          && d.sentenceOf[i + 1] == d.sentenceOf[i];
      if (v != null && !neighbourName) {
        String best = v.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        d.set(i, i + 1, best, 0.7, "rule:document-consistency");
      }
    }
  }

  private void personWords(DocumentLabels d) {
    Set<String> personWords = new HashSet<>();
    for (int[] r : d.runs()) {
      if (d.label[r[0]].equals(PER) && r[1] - r[0] >= 2 && !d.titleCase[r[0]]) {
        personWords.add(NameKey.wordKey(d.tokens.get(r[0]).word()));
        personWords.add(NameKey.wordKey(d.tokens.get(r[1] - 1).word()));
      }
    }
    for (int[] r : d.runs()) {
      String w = d.tokens.get(r[0]).word();
      if (r[1] - r[0] == 1 && Set.of(LOC, ORG).contains(d.label[r[0]]) && !isAcronym(w)
          && personWords.contains(NameKey.wordKey(w)) && !lexicon.contains("location-alias", w)) {
        d.set(r[0], r[1], PER, 0.75, "rule:person-word");
      }
    }
  }

  /** Rule 9: "in Foo" / "near Foo" with Foo a lone untagged proper noun is a place. */
  private void prepositionalPlaces(DocumentLabels d) {
    List<CoreLabel> tokens = d.tokens;
    for (int i = 1; i + 1 < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      String prev = tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
      boolean lonePerson = d.label[i].equals(PER) && !d.label[i - 1].equals(PER)
          && !d.label[i + 1].equals(PER) && !personWord(d, t);
      if (d.titleCase[i] || !(d.label[i].equals(O) || lonePerson) || !"NNP".equals(t.tag()) || !isCapitalised(t)
          || !(prev.equals("in") || prev.equals("near")) || d.isNationality(t)
          || tokens.get(i + 1).tag().startsWith("NNP") || isTitleWord(t)
          || lexicon.contains("calendar", t.word()) || isAcronym(t.word())) {
        continue;
      }
      d.set(i, i + 1, LOC, 0.6, "rule:prepositional-place");
    }
  }

  private static boolean personWord(DocumentLabels d, CoreLabel t) {
    String key = NameKey.wordKey(t.word());
    for (int[] r : d.runs()) {
      if (d.label[r[0]].equals(PER) && r[1] - r[0] >= 2) {
        for (int k = r[0]; k < r[1]; k++) {
          if (NameKey.wordKey(d.tokens.get(k).word()).equals(key)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Rule 10: a title word at the start of a PERSON or ORGANIZATION run leaves the name
   * ("General Foo Bar" gives TITLE General + PERSON Foo Bar); an ORGANIZATION that is a
   * title followed by "for"/"of" ("Coordinator for Foo Affairs") is a TITLE.
   */
  private void splitLeadingTitles(DocumentLabels d) {
    String text = d.docText;
    for (int[] r : d.runs()) {
      String type = d.label[r[0]];
      if (type.equals(ORG)) {
        for (int k = r[0]; k < r[1]; k++) {
          int len = titleLength(d, k, r[1]);
          int after = k + len;
          if (len > 0 && after < r[1]
              && NAME_LINKERS.contains(d.tokens.get(after).word().toLowerCase(Locale.ROOT))) {
            d.splitTitles.add(TextSpan.of(text, d.tokens.get(k).beginPosition(), d.tokens.get(r[1] - 1).endPosition()));
            d.set(k, r[1], O, 1, "rule:title");
            if (k > r[0]) {
              String prefix = d.text(r[0], k);
              d.set(r[0], k, lexicon.contains("location-alias", prefix) ? LOC : O, 0.8, "rule:title-prefix");
            }
            break;
          }
        }
      } else if (type.equals(PER)) {
        int len = titleLength(d, r[0], r[1]);
        int after = r[0] + len;
        if (len > 0 && after < r[1]) {
          d.splitTitles.add(TextSpan.of(text, d.tokens.get(r[0]).beginPosition(), d.tokens.get(after - 1).endPosition()));
          d.set(r[0], after, O, 1, "rule:title");
          d.runStart[after] = true;
        }
      }
    }
  }

  private int titleLength(DocumentLabels d, int from, int to) {
    for (int len = Math.min(maxTitleWords, to - from); len >= 1; len--) {
      if (lexicon.contains("title", d.text(from, from + len))) {
        return len;
      }
    }
    return 0;
  }

  /**
   * Rule 11: DATE spans lose leading prepositions/articles and trailing punctuation, and
   * must name the calendar (a month, day, season, "ago", a year); vague time is dropped.
   * A four-digit year tagged NUMBER is a DATE.
   */
  private void dates(DocumentLabels d) {
    untaggedDates(d);
    for (int[] r : d.runs()) {
      int k = r[0] - 1;
      if (d.label[r[0]].equals(DATE) && k >= 0 && d.sentenceOf[k] == d.sentenceOf[r[0]]
          && isCapitalised(d.tokens.get(k)) && lexicon.contains("calendar", d.tokens.get(k).word())) {
        d.set(k, r[1], DATE, 0.8, d.rule[r[0]]);
      }
    }
    for (int[] r : d.runs()) {
      String type = d.label[r[0]];
      if (type.equals(NUM) && d.text(r[0], r[1]).matches("(1[5-9]|20)\\d\\d([-\u2013]\\d{2,4})?")) {
        d.set(r[0], r[1], DATE, 0.8, "rule:year");
        continue;
      }
      if (!type.equals(DATE)) {
        continue;
      }
      int from = r[0];
      int to = r[1];
      while (from < to && (lexicon.contains("left-exclude", d.tokens.get(from).word()) || isPunct(d.tokens.get(from)))) {
        from++;
      }
      while (to > from && isPunct(d.tokens.get(to - 1))) {
        to--;
      }
      boolean calendar = false;
      for (int i = from; i < to; i++) {
        String w = d.tokens.get(i).word().toLowerCase(Locale.ROOT);
        calendar |= lexicon.contains("calendar", w) || w.matches(".*\\b(1[5-9]|20)\\d\\d.*");
        for (String part : w.split("-")) {
          calendar |= lexicon.contains("calendar", part);
        }
      }
      String rule = d.rule[r[0]];
      d.set(r[0], r[1], O, 1, "rule:date-trim");
      if (calendar && from < to) {
        d.set(from, to, DATE, 0.8, rule);
      }
    }
  }

  /**
   * Rule 11b: calendar words SUTime leaves untagged ("mid-November" as one token; decades
   * such as "the late 1990s", with early/mid/late); DATE runs joined by a dash are one
   * DATE (a dateline "Jan. 5 - 2024 1:36 PM"); "A and B" are two DATEs.
   */
  private void untaggedDates(DocumentLabels d) {
    List<CoreLabel> tokens = d.tokens;
    for (int i = 0; i < tokens.size(); i++) {
      if (!d.label[i].equals(O)) {
        continue;
      }
      String w = tokens.get(i).word();
      String[] parts = w.split("-", -1);
      String last = parts[parts.length - 1];
      boolean month = parts.length == 2 && !last.isEmpty() && Set.of("mid", "early", "late").contains(parts[0].toLowerCase(Locale.ROOT))
          && last.length() > 3 && isCapitalised(tokens.get(i)) == false && Character.isUpperCase(last.charAt(0))
          && lexicon.contains("calendar", last);
      if (month) {
        d.set(i, i + 1, DATE, 0.7, "rule:calendar-word");
      } else if (w.matches("\\d{3}0s|'\\d0s")) {
        int from = i;
        if (i > 0 && Set.of("early", "mid", "late").contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))) {
          from = i - 1;
        }
        d.set(from, i + 1, DATE, 0.7, "rule:decade");
      }
    }
    for (int i = 1; i + 1 < tokens.size(); i++) {
      String w = tokens.get(i).word();
      if (d.label[i - 1].equals(DATE) && d.label[i + 1].equals(DATE) && d.sentenceOf[i - 1] == d.sentenceOf[i + 1]
          && (w.equals("-") || w.equals("\u2013") || w.equals("--"))) {
        int end = i + 1;
        while (end < tokens.size() && d.label[end].equals(DATE) && (end == i + 1 || !d.runStart[end])) {
          end++;
        }
        int start = i - 1;
        while (start > 0 && d.label[start - 1].equals(DATE) && !d.runStart[start]) {
          start--;
        }
        d.set(start, end, DATE, d.confidence[start], d.rule[start]);
      }
      if (d.label[i].equals(DATE) && (w.equals("and") || w.equals("or"))) {
        d.set(i, i + 1, O, 1, "rule:date-coordination");
        d.runStart[i + 1] = true;
      }
    }
  }

  /** Rule 12: NUMBER spans are the numeral only (no approximator, no unit); "thousands" counts. */
  private void numbers(DocumentLabels d) {
    for (int i = 0; i < d.tokens.size(); i++) {
      if (d.label[i].equals(O) && COUNT_NOUNS.contains(d.tokens.get(i).word().toLowerCase(Locale.ROOT))) {
        d.set(i, i + 1, NUM, 0.7, "rule:count-noun");
      }
    }
    for (int[] r : d.runs()) {
      if (!d.label[r[0]].equals(NUM)) {
        continue;
      }
      int from = r[0];
      int to = r[1];
      while (from < to && !isNumeral(d.tokens.get(from))) {
        from++;
      }
      while (to > from && !isNumeral(d.tokens.get(to - 1))) {
        to--;
      }
      String rule = d.rule[r[0]];
      d.set(r[0], r[1], O, 1, "rule:number-trim");
      if (from < to) {
        d.set(from, to, NUM, 0.8, rule);
      }
    }
  }

  private static boolean isNumeral(CoreLabel t) {
    return "CD".equals(t.tag()) || t.word().matches("[0-9][0-9.,]*%?") || t.word().equals("%")
        || COUNT_NOUNS.contains(t.word().toLowerCase(Locale.ROOT));
  }

  /** TITLE mentions of one sentence (see the [title] block of the lexicon for when). */
  List<EntityMention> titles(String text, List<CoreLabel> tokens, SemanticGraph deps, DocumentLabels d) {
    List<EntityMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int len = 0;
      for (int l = Math.min(maxTitleWords, tokens.size() - i); l >= 1 && len == 0; l--) {
        String phrase = phrase(tokens, i, i + l);
        if (lexicon.contains("title", phrase)) {
          len = l;
        }
      }
      if (len == 0) {
        i++;
        continue;
      }
      CoreLabel head = tokens.get(i + len - 1);
      String tag = head.tag() == null ? "" : head.tag();
      boolean singularNoun = tag.equals("NN") || tag.equals("NNP");
      boolean free = true;
      for (int k = i; k < i + len; k++) {
        free &= d.labelOf(tokens.get(k)).equals(O);
        for (TextSpan t : d.splitTitles) {
          free &= tokens.get(k).endPosition() <= t.begin() || tokens.get(k).beginPosition() >= t.end();
        }
      }
      String why = free && singularNoun ? titleEvidence(tokens, i, len, deps, d) : null;
      if (why != null) {
        out.add(new EntityMention(TextSpan.of(text, tokens.get(i).beginPosition(), head.endPosition()), "TITLE",
            null, null, 0.75, "title:" + why));
        i += len;
      } else {
        i++;
      }
    }
    return out;
  }

  private String titleEvidence(List<CoreLabel> tokens, int i, int len, SemanticGraph deps, DocumentLabels d) {
    int next = i + len;
    if (next < tokens.size() && d.labelOf(tokens.get(next)).equals(PER)) {
      return "before-name";
    }
    CoreLabel first = tokens.get(i);
    if (i > 0 && isCapitalised(first) && !d.titleCase[d.indexOf(first)]) {
      return "capitalised";
    }
    if (next + 1 < tokens.size() && Set.of("of", "for", "at").contains(tokens.get(next).word().toLowerCase(Locale.ROOT))) {
      for (int k = next + 1; k < Math.min(tokens.size(), next + 5); k++) {
        String l = d.labelOf(tokens.get(k));
        if (l.equals(ORG) || l.equals(LOC)) {
          return "of-organisation";
        }
      }
    }
    if (deps != null) {
      IndexedWord node = deps.getNodeByIndexSafe(tokens.get(i + len - 1).index());
      if (node != null) {
        for (SemanticGraphEdge e : deps.outgoingEdgeList(node)) {
          if (TITLE_RELATIONS.contains(e.getRelation().toString()) && d.labelOf(e.getDependent().backingLabel()).equals(PER)) {
            return "dep-" + e.getRelation();
          }
        }
        for (SemanticGraphEdge e : deps.incomingEdgeList(node)) {
          if (Set.of("appos", "compound").contains(e.getRelation().toString())
              && d.labelOf(e.getGovernor().backingLabel()).equals(PER)) {
            return "dep-" + e.getRelation();
          }
        }
      }
    }
    return null;
  }

  private static String phrase(List<CoreLabel> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        sb.append(' ');
      }
      sb.append(tokens.get(k).word());
    }
    return sb.toString();
  }

  private boolean isTitleWord(CoreLabel t) {
    return lexicon.contains("title", t.word());
  }

  static boolean isCapitalised(CoreLabel t) {
    String w = t.word();
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  static boolean isAcronym(String w) {
    return w.matches("[A-Z]{2,6}");
  }

  private static boolean isOpenParen(CoreLabel t) {
    return t.word().equals("(") || t.word().equals("-LRB-");
  }

  private static boolean isCloseParen(CoreLabel t) {
    return t.word().equals(")") || t.word().equals("-RRB-");
  }

  private static boolean isPunct(CoreLabel t) {
    return t.word().matches("\\p{Punct}+|[\u2013\u2014]");
  }

  /**
   * Title-case line: at least 3 words and 80% of the non-small words capitalised, and either
   * every one of them capitalised or no full stop, question or exclamation mark at the end.
   * A sentence dense with names ("Foo beat Bar 2-1 at Baz on Saturday.") has a lowercase
   * verb and a full stop; a headline capitalises every content word or ends bare.
   */
  static boolean isTitleCase(List<CoreLabel> tokens) {
    int words = 0;
    int caps = 0;
    for (CoreLabel t : tokens) {
      String w = t.word();
      if (!w.chars().allMatch(Character::isLetter) || SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      words++;
      if (Character.isUpperCase(w.charAt(0))) {
        caps++;
      }
    }
    if (words < 3 || caps < 0.8 * words) {
      return false;
    }
    return caps == words || !endsLikeASentence(tokens);
  }

  private static boolean endsLikeASentence(List<CoreLabel> tokens) {
    for (int k = tokens.size() - 1; k >= 0; k--) {
      String w = tokens.get(k).word();
      if (Set.of(".", "?", "!").contains(w)) {
        return true;
      }
      if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
        return false;
      }
    }
    return false;
  }
}
