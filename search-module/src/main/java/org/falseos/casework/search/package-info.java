/**
 * Full-text search (Apache Lucene) over published guidance, kept current by guidance events. The index is
 * derived data under the data folder and can be rebuilt from the guidance module at any time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search", allowedDependencies = "guidance")
package org.falseos.casework.search;
