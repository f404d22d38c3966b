package org.falseos.casework.linkedvictims;

import java.util.List;

import org.falseos.casework.cases.CaseId;

/**
 * A pattern fell to one member (or none) and is no more: {@code lastMembers} left it with the dissolution. Its
 * cross-reference sheets and link chart are no longer produced. The reason stays with the pattern, not here.
 */
public record PatternDissolved(PatternId patternId, List<CaseId> lastMembers) {
}
