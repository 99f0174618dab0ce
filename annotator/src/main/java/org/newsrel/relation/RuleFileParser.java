package org.newsrel.relation;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsrel.internal.ResourceLines;
import org.newsrel.relation.RelationRules.ArgumentKind;
import org.newsrel.relation.RelationRules.ArgumentRule;
import org.newsrel.relation.RelationRules.ModalityRule;
import org.newsrel.relation.RelationRules.TriggerClass;
import org.newsrel.relation.RelationRules.TriggerRule;

/**
 * Reads a relation rule file (format documented in {@code capture.rules}) into an
 * immutable {@link RelationRules}. Every error names the annotator, the file and the line.
 *
 * <p>A relation is located by name: {@code capture} means the classpath resource
 * {@code org/newsrel/relation/capture.rules}; anything containing a slash or ending in
 * {@code .rules} is tried as a file path first, then as a classpath resource.
 */
public final class RuleFileParser {

  /** Classpath folder of the built-in relations. */
  public static final String RULES_FOLDER = "org/newsrel/relation/";

  private static final Pattern MACRO = Pattern.compile("@([A-Z][A-Z0-9_]*)");

  private final String annotatorName;

  public RuleFileParser(String annotatorName) {
    this.annotatorName = annotatorName;
  }

  /** Loads a relation by name or path (see class comment). */
  public RelationRules load(String nameOrPath) {
    String spec = nameOrPath.trim();
    boolean pathLike = spec.contains("/") || spec.endsWith(".rules");
    if (pathLike && Files.isRegularFile(Path.of(spec))) {
      return parse(spec, ResourceLines.file(annotatorName, Path.of(spec)));
    }
    String resource = pathLike ? spec : RULES_FOLDER + spec.toLowerCase(Locale.ROOT) + ".rules";
    return parse(resource, ResourceLines.classpath(annotatorName, resource,
        "no rule file '" + spec + "' (looked for the file and for classpath resource " + resource + ")"));
  }

  /** Parses the lines of one rule file; {@code source} names it in messages. */
  public RelationRules parse(String source, List<String> lines) {
    String type = null;
    List<String> roles = null;
    String defaultModality = "Asserted";
    RelationRules.Sides sides = null;
    Map<String, String> lexicons = new LinkedHashMap<>();
    List<TriggerRule> triggers = new ArrayList<>();
    List<ArgumentRule> arguments = new ArrayList<>();
    List<ModalityRule> modalities = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String line = stripComment(lines.get(i)).trim();
      if (line.isEmpty()) {
        continue;
      }
      String[] words = line.split("\\s+");
      String keyword = words[0];
      switch (keyword) {
        case "relation" -> {
          expect(words.length == 2, source, lineNo, "expected 'relation LABEL'");
          type = words[1];
        }
        case "roles" -> {
          expect(words.length >= 2, source, lineNo, "expected 'roles ROLE ...'");
          roles = List.of(Arrays.copyOfRange(words, 1, words.length));
        }
        case "default-modality" -> {
          expect(words.length == 2 && RelationRules.MODALITIES.contains(words[1]), source, lineNo,
              "expected 'default-modality' and one of " + RelationRules.MODALITIES);
          defaultModality = words[1];
        }
        case "sides" -> {
          expect(sides == null, source, lineNo, "a second 'sides' line");
          sides = parseSides(words, roles, source, lineNo);
        }
        case "lexicon" -> {
          expect(words.length >= 3 && words[1].matches("[A-Z][A-Z0-9_]*"), source, lineNo,
              "expected 'lexicon NAME word ...' with an upper-case NAME");
          List<String> entries = List.of(Arrays.copyOfRange(words, 2, words.length));
          lexicons.merge(words[1], String.join("|", entries), (a, b) -> a + "|" + b);
        }
        case "trigger" -> triggers.addAll(parseTrigger(words, roles, lexicons, source, lineNo));
        case "arg" -> {
          expect(roles != null, source, lineNo, "'arg' before 'roles'");
          String[] head = head(line, source, lineNo);
          expect(head.length == 3, source, lineNo, "expected 'arg ROLE KIND : PATTERN'");
          expect(roles.contains(head[1]), source, lineNo, "unknown role '" + head[1] + "' (roles: " + roles + ")");
          ArgumentKind kind = enumValue(ArgumentKind.class, head[2], source, lineNo);
          String text = expand(body(line), lexicons, source, lineNo);
          expect(text.contains("=trigger") && text.contains("=arg"), source, lineNo,
              "an argument pattern must name the nodes =trigger and =arg");
          arguments.add(new ArgumentRule(head[1], kind, compile(text, source, lineNo), text, lineNo));
        }
        case "modality" -> {
          String[] head = head(line, source, lineNo);
          expect(head.length == 2 && RelationRules.MODALITIES.contains(head[1]), source, lineNo,
              "expected 'modality VALUE : PATTERN' with VALUE one of " + RelationRules.MODALITIES);
          String text = expand(body(line), lexicons, source, lineNo);
          expect(text.contains("=trigger"), source, lineNo, "a modality pattern must name the node =trigger");
          modalities.add(new ModalityRule(head[1], compile(text, source, lineNo), text, lineNo));
        }
        default -> throw error(source, lineNo, "unknown keyword '" + keyword
            + "' (expected relation, roles, default-modality, sides, lexicon, trigger, arg or modality)");
      }
    }
    expect(type != null, source, lines.size(), "no 'relation LABEL' line");
    expect(roles != null, source, lines.size(), "no 'roles' line");
    expect(!triggers.isEmpty(), source, lines.size(), "no 'trigger' line");
    return new RelationRules(type, roles, triggers, arguments, modalities, defaultModality, source, sides);
  }

  private static final Pattern SIDES = Pattern.compile("agent=(\\S+) affected=(\\S+) affected-role=([a-z]+)");

  /** {@code sides agent=ROLE affected=ROLE affected-role=WORD}, both roles declared by {@code roles}. */
  private RelationRules.Sides parseSides(String[] words, List<String> roles, String source, int lineNo) {
    expect(roles != null, source, lineNo, "'sides' before 'roles'");
    Matcher m = SIDES.matcher(String.join(" ", Arrays.copyOfRange(words, 1, words.length)));
    expect(m.matches(), source, lineNo,
        "expected 'sides agent=ROLE affected=ROLE affected-role=WORD' (WORD in lower case)");
    for (int g = 1; g <= 2; g++) {
      expect(roles.contains(m.group(g)), source, lineNo, "unknown role '" + m.group(g) + "' (roles: " + roles + ")");
    }
    expect(!m.group(1).equals(m.group(2)), source, lineNo, "the agent and the affected party are one role");
    return new RelationRules.Sides(m.group(1), m.group(2), m.group(3));
  }

  private List<TriggerRule> parseTrigger(String[] words, List<String> roles, Map<String, String> lexicons,
      String source, int lineNo) {
    expect(words.length >= 3, source, lineNo,
        "expected 'trigger CLASS lemma ... [+strict] [+needs=ROLE] [+modifies=@LEXICON]'");
    TriggerClass triggerClass = enumValue(TriggerClass.class, words[1], source, lineNo);
    boolean strict = false;
    String needs = null;
    Pattern modifies = null;
    List<String> lemmas = new ArrayList<>();
    for (int w = 2; w < words.length; w++) {
      String word = words[w];
      if (word.equals("+strict")) {
        strict = true;
      } else if (word.startsWith("+needs=")) {
        needs = word.substring("+needs=".length());
        expect(roles != null && roles.contains(needs), source, lineNo,
            "+needs names unknown role '" + needs + "' (roles must be declared first: " + roles + ")");
      } else if (word.startsWith("+modifies=")) {
        expect(triggerClass == TriggerClass.ADJ, source, lineNo, "+modifies is for adj triggers only");
        String lexicon = word.substring("+modifies=".length());
        expect(lexicon.startsWith("@") && lexicons.containsKey(lexicon.substring(1)), source, lineNo,
            "+modifies names no defined lexicon: '" + lexicon + "' (defined: " + lexicons.keySet() + ")");
        modifies = Pattern.compile("(?i)" + lexicons.get(lexicon.substring(1)));
      } else if (word.startsWith("+")) {
        throw error(source, lineNo, "unknown trigger option '" + word
            + "' (expected +strict, +needs=ROLE or +modifies=@LEXICON)");
      } else {
        lemmas.add(word.toLowerCase(Locale.ROOT));
      }
    }
    expect(!lemmas.isEmpty(), source, lineNo, "trigger line without lemmas");
    List<TriggerRule> rules = new ArrayList<>();
    if (triggerClass == TriggerClass.PHRASE) {
      int head = 0;
      List<String> clean = new ArrayList<>();
      for (int k = 0; k < lemmas.size(); k++) {
        String lemma = lemmas.get(k);
        if (lemma.startsWith("*")) {
          head = k;
          lemma = lemma.substring(1);
        }
        expect(!lemma.isEmpty(), source, lineNo, "empty word in phrase");
        clean.add(lemma);
      }
      expect(clean.size() >= 2, source, lineNo, "a phrase trigger needs at least two words");
      expect(!clean.get(head).equals("_"), source, lineNo, "the head of a phrase cannot be '_'");
      rules.add(new TriggerRule(triggerClass, clean, head, strict, needs, modifies, lineNo));
    } else {
      for (String lemma : lemmas) {
        rules.add(new TriggerRule(triggerClass, List.of(lemma), 0, strict, needs, modifies, lineNo));
      }
    }
    return rules;
  }

  private SemgrexPattern compile(String text, String source, int lineNo) {
    try {
      return SemgrexPattern.compile(text);
    } catch (RuntimeException e) {
      throw error(source, lineNo, "bad Semgrex pattern '" + text + "': " + e.getMessage());
    }
  }

  /** Replaces {@code @NAME} by the regex alternation of lexicon NAME. */
  private String expand(String pattern, Map<String, String> lexicons, String source, int lineNo) {
    Matcher m = MACRO.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String alternation = lexicons.get(m.group(1));
      if (alternation == null) {
        throw error(source, lineNo, "unknown lexicon @" + m.group(1) + " (defined: " + lexicons.keySet() + ")");
      }
      m.appendReplacement(out, Matcher.quoteReplacement("/(?i)" + alternation + "/"));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String[] head(String line, String source, int lineNo) {
    int colon = line.indexOf(" : ");
    expect(colon > 0, source, lineNo, "expected ' : ' between the rule head and its Semgrex pattern");
    return line.substring(0, colon).trim().split("\\s+");
  }

  private static String body(String line) {
    return line.substring(line.indexOf(" : ") + 3).trim();
  }

  /** Strips a {@code #} comment; a {@code #} inside a Semgrex regex {@code /.../} is kept. */
  private static String stripComment(String line) {
    boolean inRegex = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '/') {
        inRegex = !inRegex;
      } else if (c == '#' && !inRegex) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  private <E extends Enum<E>> E enumValue(Class<E> type, String word, String source, int lineNo) {
    try {
      return Enum.valueOf(type, word.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw error(source, lineNo, "unknown " + type.getSimpleName() + " '" + word + "' (expected one of "
          + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ")");
    }
  }

  private void expect(boolean ok, String source, int lineNo, String message) {
    if (!ok) {
      throw error(source, lineNo, message);
    }
  }

  private IllegalArgumentException error(String source, int lineNo, String message) {
    return new IllegalArgumentException("Annotator " + annotatorName + ": " + source + " line " + lineNo + ": " + message);
  }
}
