/**
 * The news layout ({@code newsrel_layout}, right after tokenize): {@code LayoutFinder} finds
 * datelines, bylines, photo credits, headlines and boilerplate lines with the patterns of {@code
 * layout-rules.txt} ({@code LayoutRules}); {@code NewsLayoutAnnotator} stores them as {@code
 * LayoutSpan}s and splits a dateline off its sentence; {@code Layout} tells the extractors which
 * text they must not take an argument, a source or a content from.
 */
package org.newsrel.layout;
