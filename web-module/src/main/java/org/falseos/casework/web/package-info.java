/**
 * The role-secured web front end and the JSON API. Thin controllers that parse, authorise, call a module's
 * published API and render.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web",
		allowedDependencies = { "guidance", "search", "cases", "linkedvictims" })
package org.falseos.casework.web;
