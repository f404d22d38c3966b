/**
 * Full-text search (Apache Lucene) over published guidance and over cases, kept current by guidance and case
 * events. The indexes are derived data under the data folder and can be rebuilt from their modules at any time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search", allowedDependencies = { "guidance", "cases" })
package org.falseos.casework.search;
