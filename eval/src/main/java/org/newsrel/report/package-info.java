/**
 * Report writers, pure functions of an {@code Evaluation}: the terminal table, Markdown, JSON,
 * the errors TSV and the HTML report (gold and predictions on the text, charts as inline SVG),
 * with the provenance of every figure and the calibration table of the attribution confidences.
 */
package org.newsrel.report;
