package org.falseos.casework.cases;

import java.util.List;

/** A client's personal data and evidence were erased; listeners drop what they derived from it. */
public record ClientErased(ClientId clientId, List<CaseId> caseIds) {
}
