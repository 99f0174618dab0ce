package org.newsrel.ner;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsrel.internal.ResourceLines;
import org.newsrel.internal.SectionedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The word lists of the entity layer, parsed once from a sectioned lexicon file
 * ({@code org/newsrel/ner/entity-lexicon.txt} by default): {@code [section]} headers,
 * one entry per line, {@code #} comments, an optional TAB-separated value.
 *
 * <p>Keys are stored lowercased; every map is immutable.
 */
public final class EntityLexicon {

  /** Classpath location of the default lexicon. */
  public static final String DEFAULT_RESOURCE = "org/newsrel/ner/entity-lexicon.txt";

  private static final List<String> SECTIONS = List.of("nationality", "title", "group-noun", "org-head",
      "location-head", "location-alias", "group-synonym", "calendar", "left-exclude", "pronoun", "description",
      "group-role", "group-role-context", "group-relational", "group-opposing", "document-noun", "group-collective",
      "group-nominal", "seat-of-government", "not-a-name", "small-word", "place-preposition", "name-linker",
      "title-linker", "count-noun", "date-qualifier", "auxiliary-verb", "transcript-role", "identity-word");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Logger LOG = LoggerFactory.getLogger(EntityLexicon.class);

  private final Map<String, Map<String, String>> sections;
  private final String location;

  private EntityLexicon(Map<String, Map<String, String>> sections, String location) {
    this.sections = sections;
    this.location = location;
  }

  /** Where the lexicon was read from (a classpath resource or a file), for error messages. */
  public String location() {
    return location;
  }

  /** Loads from the classpath, or from the file system when {@code location} is an existing file. */
  public static EntityLexicon load(String annotatorName, String location) {
    return parse(annotatorName, location, ResourceLines.read(annotatorName, location));
  }

  /** The default lexicon from the classpath. */
  public static EntityLexicon loadDefault() {
    return load("newsrel_entities", DEFAULT_RESOURCE);
  }

  /** Parses the lexicon's lines; errors name {@code location} and the line number. */
  static EntityLexicon parse(String annotatorName, String location, List<String> lines) {
    Map<String, Map<String, String>> raw = new LinkedHashMap<>();
    SECTIONS.forEach(s -> raw.put(s, new HashMap<>()));
    for (SectionedFile.Entry entry : SectionedFile.entries(annotatorName, location, lines, SECTIONS)) {
      String[] parts = entry.text().split("\t", 2);
      String key = SPACES.matcher(parts[0].strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
      String value = parts.length > 1 ? parts[1].strip() : "";
      String earlier = raw.get(entry.section()).put(key, value);
      if (earlier != null && !earlier.equals(value)) {
        throw new IllegalArgumentException(SectionedFile.error(annotatorName, location, entry.line(), "'" + key
            + "' is already in [" + entry.section() + "] as '" + earlier + "'"));
      }
    }
    Map<String, Map<String, String>> frozen = new HashMap<>();
    raw.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
    EntityLexicon lexicon = new EntityLexicon(Map.copyOf(frozen), location);
    List<String> empty = lexicon.emptySections();
    if (!empty.isEmpty() && !location.equals(DEFAULT_RESOURCE)) {
      // a configured lexicon replaces the default whole: one written for an older release
      // lacks the sections added since, and the rules that read them quietly find nothing
      LOG.warn("{}: lexicon {} has no entries in [{}]; the rules that read them find nothing (copy those "
          + "sections from {} to keep the default behaviour)", annotatorName, location, String.join("], [", empty),
          DEFAULT_RESOURCE);
    }
    return lexicon;
  }

  /**
   * The sections without a single entry, in the order of the known sections. The default
   * lexicon has an entry in every one; a configured lexicon that lacks some (one written for
   * an older release) is warned about when loaded.
   */
  public List<String> emptySections() {
    return SECTIONS.stream().filter(n -> sections.get(n).isEmpty()).toList();
  }

  /** Entries of a section, lowercased key to value ("" when none). */
  public Map<String, String> section(String name) {
    Map<String, String> s = sections.get(name);
    if (s == null) {
      throw new IllegalArgumentException("no lexicon section " + name);
    }
    return s;
  }

  public boolean contains(String section, String phrase) {
    return section(section).containsKey(phrase.toLowerCase(Locale.ROOT));
  }

  public Set<String> keys(String section) {
    return section(section).keySet();
  }

  /** Longest entry length in words, for longest-match scans. */
  public int maxWords(String section) {
    return section(section).keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
  }
}
