/**
 * Relation events from rule files: who captured whom, who killed whom, and any further
 * relation a linguist defines without Java.
 *
 * <p>A relation is one rule file ({@code org/newsrel/relation/NAME.rules}; the format is
 * documented at the top of {@code capture.rules}): a trigger lexicon, Semgrex patterns
 * over the enhanced++ UD graph that find each role's head word, and Semgrex patterns that
 * set the Modality. {@link org.newsrel.relation.RuleFileParser} reads a file once into an
 * immutable {@link org.newsrel.relation.RelationRules}; {@link
 * org.newsrel.relation.RelationAnnotator} ({@code newsrel_relations}) applies the loaded
 * relations sentence by sentence. The mechanism adds what rules cannot say: argument
 * spans (noun phrase without post-modifiers), animacy ({@link
 * org.newsrel.relation.NounLexicon}: a person role filled by something inanimate vetoes
 * the trigger, so "ground captured in May" is no capture) and a lower-cased re-parse
 * of title-case headlines.
 *
 * <p>Built-in relations: {@code capture} (Capture: Captive, Captor, Place, Time) and
 * {@code kill} (Kill: Victim, Killer, Place, Time; "died" is not a kill, suicides are).
 */
package org.newsrel.relation;
