/**
 * Who is named: the entity layer ({@code newsrel_entities}) and the name keys it is built on.
 *
 * <p>{@code EntityAnnotator} turns CoreNLP's NER and newsrel's token rules ({@code TokenLabeler},
 * {@code GroupFinder}, the lexicon {@code entity-lexicon.txt} read by {@code EntityLexicon}) into
 * {@code EntityMention}s, each with the document-level id {@code DocumentIdentity} gives it
 * (with {@code NameKey} and {@code UnionFind}). Those three stay here because the entity
 * annotator writes document ids itself; every other id decision (group keys, argument ids,
 * cross-document linking) is in the identity package, which reads this one.
 */
package org.newsrel.ner;

