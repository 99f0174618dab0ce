/**
 * Who is named, and who is who: the entity layer ({@code newsrel_entities}) and the identity
 * decisions made on it.
 *
 * <p>{@code EntityAnnotator} turns CoreNLP's NER and newsrel's token rules ({@code TokenLabeler},
 * {@code GroupFinder}, the lexicon {@code entity-lexicon.txt} read by {@code EntityLexicon}) into
 * {@code EntityMention}s. {@code DocumentIdentity} gives each mention a document-level id;
 * {@code IdentityAnnotator} and {@code GroupIdentity} settle the ids of unnamed groups after the
 * relations; {@code ArgumentResolver} resolves an event argument or a speaker to an entity id.
 * {@code CrossDocumentIdentity} (with {@code NameKey}, {@code RoleAdoption}, {@code
 * IdentityCluster}, {@code UnionFind}) links ids across documents into one canonical identity
 * per real-world entity; the CLI, the bench and the Spark job share it.
 */
package org.newsrel.ner;
