/**
 * The inbox: notifications for one person each, written by listeners on the modules' events and by the daily scan
 * (tasks falling due, cases stalling, the e-mail digest), read on {@code /inbox} and counted in the page header.
 */
package org.falseos.casework.web.internal.inbox;
