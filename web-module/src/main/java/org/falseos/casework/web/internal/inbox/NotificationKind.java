package org.falseos.casework.web.internal.inbox;

/** What a notification is about; {@code label} names it in the inbox and in the e-mail digest's counts. */
public enum NotificationKind {

	TASK_DUE("Task due"),
	TASK_OVERDUE("Task overdue"),
	CONSENT_REQUEST("Linking consent to ask for"),
	SUPERVISION_NOTE("Supervision note"),
	REASSIGNED_TO_YOU("Case given to you"),
	TAKEN_OFF("Case taken off you"),
	CLOSURE_APPROVED("Closure approved"),
	CLOSURE_REJECTED("Closure rejected"),
	CLOSURE_AWAITING("Closure awaiting your approval"),
	CASE_STALLED("Case stalled"),
	ERASURE_AWAITING("Erasure awaiting a second person"),
	NEW_SUGGESTION("New link suggestion");

	private final String label;

	NotificationKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
