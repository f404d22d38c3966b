/**
 * Closing a case by a supervisor's approval and reopening it: the requests and their single decision, the case's
 * status and outcome, and the events, each in one transaction. Internal to the cases module.
 */
package org.falseos.casework.cases.closure;
