/**
 * Linked victims: cross-references several victims' cases and reference numbers into one pattern of conduct,
 * fed by the cases module's events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Linked victims", allowedDependencies = "cases")
package org.falseos.casework.linkedvictims;
