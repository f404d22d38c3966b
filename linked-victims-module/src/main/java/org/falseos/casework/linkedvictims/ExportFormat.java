package org.falseos.casework.linkedvictims;

/** The downloads of a pattern: the cross-reference sheet as CSV or PDF, and the link chart as SVG. */
public enum ExportFormat {

	CSV("text/csv;charset=UTF-8", "cross-reference.csv"),
	PDF("application/pdf", "cross-reference.pdf"),
	SVG("image/svg+xml", "chart.svg");

	private final String contentType;

	private final String fileName;

	ExportFormat(String contentType, String fileName) {
		this.contentType = contentType;
		this.fileName = fileName;
	}

	public String contentType() {
		return contentType;
	}

	public String fileName() {
		return fileName;
	}
}
