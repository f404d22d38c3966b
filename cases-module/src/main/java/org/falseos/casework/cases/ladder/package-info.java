/**
 * The escalation ladder of a case: the rungs its jurisdiction's guide publishes, where the case stands, and the
 * guarded move from the rung the mover saw to the next. Internal to the cases module.
 */
package org.falseos.casework.cases.ladder;
