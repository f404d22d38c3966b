package org.falseos.casework.web.internal.input;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.util.WebUtils;

/**
 * The request as the application sees it: its path checked, and its parameters (query string, form body, the
 * text parts of a multipart upload) decoded strictly, checked by {@link AcceptedText} and NFC-normalised. Upload
 * parts are read lazily, when something first asks for a parameter or a part, so that nothing is spooled before
 * the security filters have decided whether the caller may upload at all.
 */
final class AcceptedRequest extends HttpServletRequestWrapper {

	static final int MAX_FORM_BYTES = 2 * 1024 * 1024;

	// Text parts of an upload are a few short capture fields; the file is what the upload limit is about.
	static final int MAX_TEXT_PART_BYTES = 1024 * 1024;

	private final Map<String, List<String>> fields;

	private final byte[] formBody;

	private boolean partsRead;

	private AcceptedRequest(HttpServletRequest request, Map<String, List<String>> fields, byte[] formBody) {
		super(request);
		this.fields = fields;
		this.formBody = formBody;
		// An upload that something before us has read already (a test's mock request) has no parts left to read.
		this.partsRead = !isMultipart(request) || WebUtils.getNativeRequest(request, MultipartRequest.class) != null;
		if (partsRead) {
			addContainerParameters();
		}
	}

	/** Refuses the request (a {@link RefusedInput}) when its path, query or form body is not accepted. */
	static AcceptedRequest of(HttpServletRequest request) throws IOException {
		checkPath(request.getRequestURI());
		Map<String, List<String>> fields = new LinkedHashMap<>();
		if (request.getQueryString() != null) {
			FormFields.parse(request.getQueryString().getBytes(StandardCharsets.ISO_8859_1), fields);
		}
		byte[] formBody = null;
		if (isForm(request)) {
			formBody = request.getInputStream().readNBytes(MAX_FORM_BYTES + 1);
			if (formBody.length > MAX_FORM_BYTES) {
				throw RefusedInput.tooLarge(null, "The form is larger than the 2 MB this application accepts.");
			}
			FormFields.parse(formBody, fields);
		}
		return new AcceptedRequest(request, fields, formBody);
	}

	private static void checkPath(String rawPath) {
		String path;
		try {
			path = AcceptedText.decodeUtf8("path", FormFields.percentDecoded(rawPath));
		}
		catch (RefusedInput refused) {
			throw RefusedInput.of("path", "The address is not valid UTF-8 text.");
		}
		AcceptedText.problem(path).ifPresent(problem -> {
			throw RefusedInput.of("path", "The address " + problem);
		});
	}

	@Override
	public String getParameter(String name) {
		var values = fields().get(name);
		return values == null ? null : values.getFirst();
	}

	@Override
	public String[] getParameterValues(String name) {
		var values = fields().get(name);
		return values == null ? null : values.toArray(String[]::new);
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		Map<String, String[]> map = new LinkedHashMap<>();
		fields().forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
		return Collections.unmodifiableMap(map);
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(fields().keySet());
	}

	@Override
	public Collection<Part> getParts() throws IOException, ServletException {
		fields();
		return super.getParts();
	}

	@Override
	public Part getPart(String name) throws IOException, ServletException {
		fields();
		return super.getPart(name);
	}

	// The form body has been read here; whoever reads it again gets the same bytes.
	@Override
	public ServletInputStream getInputStream() throws IOException {
		return formBody == null ? super.getInputStream() : new Replay(formBody);
	}

	@Override
	public BufferedReader getReader() throws IOException {
		return formBody == null ? super.getReader()
				: new BufferedReader(new InputStreamReader(new ByteArrayInputStream(formBody), StandardCharsets.UTF_8));
	}

	private Map<String, List<String>> fields() {
		if (!partsRead) {
			partsRead = true;
			readTextParts();
			addContainerParameters();
		}
		return fields;
	}

	/**
	 * Parameters the container holds that were not read here (none, from a real request: the query and the body
	 * were read here, strictly; parameters a test sets on a mock request directly), under the same rule.
	 */
	private void addContainerParameters() {
		super.getParameterMap().forEach((name, values) -> {
			if (!fields.containsKey(name)) {
				String accepted = FormFields.name(name);
				fields.put(accepted, Stream.of(values).map(value -> AcceptedText.accept(accepted, value)).toList());
			}
		});
	}

	private void readTextParts() {
		Collection<Part> parts;
		try {
			parts = super.getParts();
		}
		catch (IOException | ServletException | RuntimeException unreadable) {
			throw Uploads.refusal(unreadable);
		}
		// A multipart body has at least one part; one without any had no boundary in it to begin with.
		if (parts.isEmpty()) {
			throw RefusedInput.unreadable(Uploads.MALFORMED);
		}
		for (Part part : parts) {
			String name = FormFields.name(part.getName());
			String fileName = Uploads.fileName(part);
			if (fileName != null) {
				Uploads.checkFileName(name, fileName);
			}
			else {
				fields.computeIfAbsent(name, key -> new ArrayList<>()).add(text(name, part));
			}
		}
	}

	private static String text(String name, Part part) {
		if (part.getSize() > MAX_TEXT_PART_BYTES) {
			throw RefusedInput.of(name, "The field '" + name + "' is too long.");
		}
		try (InputStream in = part.getInputStream()) {
			return AcceptedText.accept(name, AcceptedText.decodeUtf8(name, in.readAllBytes()));
		}
		catch (IOException e) {
			throw RefusedInput.unreadable(Uploads.MALFORMED);
		}
	}

	private static boolean isForm(HttpServletRequest request) {
		return hasType(request, "application/x-www-form-urlencoded");
	}

	private static boolean isMultipart(HttpServletRequest request) {
		return hasType(request, "multipart/");
	}

	private static boolean hasType(HttpServletRequest request, String type) {
		String contentType = request.getContentType();
		return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(type);
	}

	/** The bytes of an already-read form body, for anyone who reads the body itself. */
	private static final class Replay extends ServletInputStream {

		private final ByteArrayInputStream bytes;

		Replay(byte[] body) {
			this.bytes = new ByteArrayInputStream(body);
		}

		@Override
		public int read() {
			return bytes.read();
		}

		@Override
		public int read(byte[] b, int off, int len) {
			return bytes.read(b, off, len);
		}

		@Override
		public boolean isFinished() {
			return bytes.available() == 0;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
			throw new UnsupportedOperationException("The form body has already been read");
		}
	}
}
