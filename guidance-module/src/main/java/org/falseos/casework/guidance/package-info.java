/**
 * Source-backed guidance per jurisdiction: where to report, which offences to name, the escalation
 * ladder, cross-border routes and essentials, with an edit, review and publish workflow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Guidance")
package org.falseos.casework.guidance;
