/**
 * The supervisor's side of the cases module: the thresholds that make a case stalled or due for review of its
 * rung, the board's figures and the daily scan. Internal to the cases module.
 */
package org.falseos.casework.cases.supervision;
