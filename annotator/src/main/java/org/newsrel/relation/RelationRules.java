package org.newsrel.relation;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One relation as defined by a rule file: its event label, roles, trigger lexicon,
 * Semgrex argument patterns and modality patterns. Immutable; built by
 * {@link RuleFileParser}.
 *
 * @param type the brat event label (Capture, Kill, ...)
 * @param roles the roles in the order they are filled
 * @param triggers trigger lexicon entries
 * @param arguments argument rules, in file order (the first rule that fills a role wins)
 * @param modalities modality rules, in file order (the first that matches wins)
 * @param defaultModality modality when no modality rule matches
 * @param source where the rules came from (for messages and the event's rule field)
 * @param sides the agent and the affected party ({@code sides} line), or null when the file
 *     declares none
 */
public record RelationRules(
    String type, List<String> roles, List<TriggerRule> triggers, List<ArgumentRule> arguments,
    List<ModalityRule> modalities, String defaultModality, String source, Sides sides) {

  /** A relation without a {@code sides} line. */
  public RelationRules(String type, List<String> roles, List<TriggerRule> triggers, List<ArgumentRule> arguments,
      List<ModalityRule> modalities, String defaultModality, String source) {
    this(type, roles, triggers, arguments, modalities, defaultModality, source, null);
  }

  public RelationRules {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultModality, "defaultModality");
    Objects.requireNonNull(source, "source");
    roles = List.copyOf(roles);
    triggers = List.copyOf(triggers);
    arguments = List.copyOf(arguments);
    modalities = List.copyOf(modalities);
    if (sides != null && !(roles.contains(sides.agent()) && roles.contains(sides.affected()))) {
      throw new IllegalArgumentException("sides " + sides + " outside the roles " + roles);
    }
  }

  /**
   * The two sides of an event, as identity reads them: which argument role is the agent
   * (Captor, Killer) and which the affected party (Captive, Victim), and the role word an
   * asserted event gives the affected group ({@code captured}, {@code killed}: the prefix of
   * its id, as the {@code [group-role]} words of the entity lexicon give it).
   *
   * @param agent the agent's argument role
   * @param affected the affected party's argument role
   * @param affectedRole the group role word of an asserted event's affected party
   */
  public record Sides(String agent, String affected, String affectedRole) {
    public Sides {
      Objects.requireNonNull(agent, "agent");
      Objects.requireNonNull(affected, "affected");
      Objects.requireNonNull(affectedRole, "affectedRole");
      if (agent.equals(affected)) {
        throw new IllegalArgumentException("the agent and the affected party are one role: " + agent);
      }
    }
  }

  /** Which words a trigger lexicon entry accepts. */
  public enum TriggerClass {
    /** a verb (any VB* tag): capture, captured, is capturing */
    VERB,
    /** a common noun (NN, NNS): the capture, arrests */
    NOUN,
    /** a participle or adjective modifying a noun (amod): the captured soldiers */
    ADJ,
    /** a fixed lemma sequence, "_" matching any one word: take _ own life */
    PHRASE
  }

  /**
   * One trigger lexicon entry.
   *
   * @param triggerClass which words it accepts
   * @param lemmas one lemma, or the lemma sequence of a phrase
   * @param head index in {@code lemmas} of the word the argument patterns attach to
   * @param strict true if the trigger counts only with an argument positively known to be a
   *     person (for ambiguous verbs such as seize: "seized weapons")
   * @param needs a role that must be filled for the trigger to count, or null
   * @param modifies for an {@code adj} trigger, the lemmas (a regex) of the nouns it must
   *     modify ("fatal" only on "shooting", "stabbing", ...), or null for any noun
   * @param line line in the rule file
   */
  public record TriggerRule(TriggerClass triggerClass, List<String> lemmas, int head, boolean strict, String needs,
      java.util.regex.Pattern modifies, int line) {
    public TriggerRule {
      Objects.requireNonNull(triggerClass, "triggerClass");
      if (modifies != null && triggerClass != TriggerClass.ADJ) {
        throw new IllegalArgumentException("+modifies is for adj triggers only, not " + triggerClass);
      }
      lemmas = List.copyOf(lemmas);
      if (head < 0 || head >= lemmas.size()) {
        throw new IllegalArgumentException("head " + head + " outside " + lemmas);
      }
    }
  }

  /** What an argument's head must look like for a rule to fill its role. */
  public enum ArgumentKind {
    /** anything */
    ANY,
    /** a person or group: an inanimate filler vetoes the trigger (territory is not captured) */
    PERSON,
    /** a person or group inferred through control ("fled to avoid capture"): fires only on
     * a filler known to be animate; anything else only stops this rule, never the trigger */
    ANIMATE,
    /** a location: otherwise the rule does not fire */
    PLACE,
    /** a date or time: otherwise the rule does not fire */
    TIME
  }

  /**
   * One argument rule: a Semgrex pattern naming the trigger node {@code =trigger} and the
   * argument head {@code =arg}.
   */
  public record ArgumentRule(String role, ArgumentKind kind, SemgrexPattern pattern, String patternText, int line) {
    public ArgumentRule {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(pattern, "pattern");
    }
  }

  /** One modality rule: a Semgrex pattern naming the trigger node {@code =trigger}. */
  public record ModalityRule(String value, SemgrexPattern pattern, String patternText, int line) {
    public ModalityRule {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(pattern, "pattern");
    }
  }

  /** The modality values a rule file may use. */
  public static final Set<String> MODALITIES = Set.of("Asserted", "Hypothetical", "Negated");
}
