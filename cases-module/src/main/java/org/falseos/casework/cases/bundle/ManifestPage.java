package org.falseos.casework.cases.bundle;

import static org.falseos.casework.cases.bundle.Html.escape;

import java.util.List;

/**
 * manifest.html: the manifest as a page a police officer can read without tools. Every value is escaped, and the
 * page forbids scripts outright, so a hostile file name or diary entry stays text.
 */
final class ManifestPage {

	private ManifestPage() {
	}

	static String render(BundleManifest manifest) {
		var html = new StringBuilder(8_192);
		var caseInfo = manifest.caseFile();
		html.append("""
				<!DOCTYPE html>
				<html lang="en"><head><meta charset="utf-8">
				<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
				<title>Evidence bundle</title>
				<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}
				td,th{border:1px solid #999;padding:4px;vertical-align:top;text-align:left}
				.hash{font-family:monospace;word-break:break-all}.corrected{text-decoration:line-through}</style>
				</head><body>
				""");
		html.append("<h1>Evidence bundle for case ").append(escape(caseInfo.id())).append("</h1>\n<p>Client code ")
			.append(escape(caseInfo.clientCode())).append(", jurisdiction ").append(escape(caseInfo.jurisdiction()))
			.append(". Generated ").append(escape(manifest.generatedAt())).append(" by ")
			.append(escape(manifest.generatedBy())).append(". Every file's ").append(escape(manifest.hashAlgorithm()))
			.append(" below was recorded when it was uploaded; re-hash the files in <code>originals/</code>")
			.append(" to check them.</p>\n");
		files(html, manifest.files());
		deleted(html, manifest.deletedFiles());
		diary(html, manifest.incidents());
		references(html, manifest.referenceNumbers());
		return html.append("</body></html>\n").toString();
	}

	private static void files(StringBuilder html, List<BundleManifest.FileEntry> files) {
		html.append("<h2>Files (").append(files.size()).append(")</h2>\n<table><tr><th>File in bundle</th>"
				+ "<th>Name as uploaded</th><th>SHA-256</th><th>Bytes</th><th>Type (from content)</th><th>Captured</th>"
				+ "<th>Uploaded</th><th>Integrity at export</th></tr>\n");
		for (var file : files) {
			html.append("<tr><td>").append(escape(file.path())).append("</td><td>").append(escape(file.fileName()))
				.append(file.nameMatchesContent() ? "" : " <strong>(name does not match content)</strong>")
				.append("</td><td class=\"hash\">").append(escape(file.sha256())).append("</td><td>").append(file.size())
				.append("</td><td>").append(escape(file.mediaType())).append("</td><td>")
				.append(escape(file.captureMethod())).append("<br>").append(escape(file.capturedAt())).append("<br>")
				.append(escape(file.sourceUrl())).append("<br>").append(escape(file.platform())).append(" ")
				.append(escape(file.usernameShown())).append("</td><td>").append(escape(file.uploadedAt()))
				.append(" by ").append(escape(file.uploadedBy())).append("</td><td>")
				.append(escape(file.integrityAtExport())).append("</td></tr>\n");
		}
		html.append("</table>\n");
	}

	private static void deleted(StringBuilder html, List<BundleManifest.DeletedFile> deleted) {
		if (deleted.isEmpty()) {
			return;
		}
		html.append("<h2>Deleted files (not included)</h2>\n<table><tr><th>Name as uploaded</th><th>SHA-256</th>"
				+ "<th>Deleted</th><th>Reason</th></tr>\n");
		for (var file : deleted) {
			html.append("<tr><td>").append(escape(file.fileName())).append("</td><td class=\"hash\">")
				.append(escape(file.sha256())).append("</td><td>").append(escape(file.deletedAt())).append(" by ")
				.append(escape(file.deletedBy())).append("</td><td>").append(escape(file.reason())).append("</td></tr>\n");
		}
		html.append("</table>\n");
	}

	private static void diary(StringBuilder html, List<BundleManifest.DiaryEntry> incidents) {
		html.append("<h2>Incident diary (").append(incidents.size()).append(" entries, in the order they happened)</h2>\n"
				+ "<table><tr><th>#</th><th>Happened</th><th>Recorded</th><th>Platform</th><th>Perpetrator</th>"
				+ "<th>What happened</th></tr>\n");
		for (var entry : incidents) {
			boolean corrected = entry.correctedBy() != null;
			html.append(corrected ? "<tr class=\"corrected\">" : "<tr>").append("<td>").append(entry.number())
				.append("</td><td>").append(escape(entry.occurredAt())).append("</td><td>")
				.append(escape(entry.recordedAt())).append(" by ").append(escape(entry.recordedBy())).append("</td><td>")
				.append(escape(entry.platform())).append("<br>").append(escape(entry.url())).append("</td><td>")
				.append(escape(entry.perpetratorIdentifier())).append("</td><td>");
			if (entry.corrects() != null) {
				html.append("<strong>Correction of entry ").append(entry.corrects()).append(":</strong> ");
			}
			html.append(escape(entry.description()));
			if (corrected) {
				html.append(" <em>(corrected by entry ").append(entry.correctedBy()).append(")</em>");
			}
			html.append("</td></tr>\n");
		}
		html.append("</table>\n");
	}

	private static void references(StringBuilder html, List<BundleManifest.Reference> references) {
		html.append("<h2>Reference numbers</h2>\n<table><tr><th>Agency</th><th>Number</th><th>Obtained</th>"
				+ "<th>Officer</th><th>Contact route</th><th>Notes</th></tr>\n");
		for (var reference : references) {
			html.append("<tr><td>").append(escape(reference.agency())).append("</td><td>")
				.append(escape(reference.number())).append("</td><td>").append(escape(reference.obtainedOn()))
				.append("</td><td>").append(escape(reference.officer())).append("</td><td>")
				.append(escape(reference.contactRoute())).append("</td><td>").append(escape(reference.notes()))
				.append("</td></tr>\n");
		}
		html.append("</table>\n");
	}
}
