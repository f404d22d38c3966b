package org.falseos.casework.cases.synthetic;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/** Rows sent to PostgreSQL's COPY in its text format, a megabyte at a time. */
final class CopyRows implements AutoCloseable {

	private static final int FLUSH_AT = 1 << 20;

	private final CopyIn copy;

	private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);

	private long rows;

	CopyRows(CopyManager copies, String tableAndColumns) throws SQLException {
		this.copy = copies.copyIn("copy " + tableAndColumns + " from stdin");
	}

	void row(Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				buffer.append('\t');
			}
			value(values[i]);
		}
		buffer.append('\n');
		rows++;
		if (buffer.length() >= FLUSH_AT) {
			flush();
		}
	}

	@Override
	public void close() throws SQLException {
		flush();
		copy.endCopy();
	}

	long rows() {
		return rows;
	}

	private void value(Object value) {
		switch (value) {
			case null -> buffer.append("\\N");
			case Boolean b -> buffer.append(b ? 't' : 'f');
			case Instant instant -> buffer.append(instant);
			case LocalDate date -> buffer.append(date);
			case Collection<?> array -> {
				buffer.append('{');
				escape(String.join(",", array.stream().map(String::valueOf).toList()));
				buffer.append('}');
			}
			default -> escape(value.toString());
		}
	}

	// The text format's escapes: a backslash, tab or line break inside a value would end the field or row.
	private void escape(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> buffer.append("\\\\");
				case '\t' -> buffer.append("\\t");
				case '\n' -> buffer.append("\\n");
				case '\r' -> buffer.append("\\r");
				default -> buffer.append(c);
			}
		}
	}

	private void flush() throws SQLException {
		if (!buffer.isEmpty()) {
			byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
			copy.writeToCopy(bytes, 0, bytes.length);
			buffer.setLength(0);
		}
	}
}
