/**
 * Caseworkers' case management: clients, incident diary, evidence locker, reference numbers and the case's rung
 * on the escalation ladder. Uses the guidance module for offences and the ladder.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases", allowedDependencies = "guidance")
package org.falseos.casework.cases;
