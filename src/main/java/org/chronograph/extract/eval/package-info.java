/**
 * Scoring of extraction JSON against hand annotations (gold), with the same figures as the reference
 * {@code shared/eval/score.py}: entities, events, timeline, moves, per type, per language, per document.
 */
package org.chronograph.extract.eval;
