/**
 * Linked victims: finds cases of different clients that share a perpetrator identifier or an official reference
 * number (by keyed hash, never the raw value), lets coordinators accept or dismiss the suggestion, and links
 * consenting victims' cases into one pattern with a cross-reference sheet for the police. Fed by the cases
 * module's events; reads cases only through {@code CaseLinkingData}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Linked victims", allowedDependencies = "cases")
package org.falseos.casework.linkedvictims;
