package org.casebook.training;

import java.util.List;

/**
 * One text once anonymised: the new text, where each replacement stands in it (with its kind) and
 * each detail flagged for the reviewer (with the reason). Offsets are in the new text.
 */
public record Anonymised(String text, List<Mark> replacements, List<Mark> flags) {}
