package org.falseos.casework.web.internal.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AcceptedTextTests {

	@Test
	void plainTextTabsAndLineBreaksAreKeptExactly() {
		String text = "Threat at 21:30\tby @troll_99\nsecond line\r\nthird line — ünïcödé, 日本語, 👍";

		assertThat(AcceptedText.accept("description", text)).isEqualTo(text);
	}

	@Test
	void textIsStoredNfcNormalisedAndThatIsTheOnlyChange() {
		String decomposed = "Cafe\u0301 Ame\u0301lie";

		assertThat(AcceptedText.accept("summary", decomposed)).isEqualTo("Caf\u00e9 Am\u00e9lie");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F })
	void controlCharactersOtherThanTabAndLineBreaksAreRefusedNamingTheFieldAndTheCharacter(int control) {
		String text = "a" + (char) control + "b";

		assertThatThrownBy(() -> AcceptedText.accept("title", text)).isInstanceOf(RefusedInput.class)
			.hasMessageContaining("'title'")
			.hasMessageContaining(String.format("U+%04X", control))
			.satisfies(refused -> assertThat(((RefusedInput) refused).fields()).containsKey("title"));
	}

	@Test
	void aCarriageReturnIsAcceptedOnlyAsPartOfALineBreak() {
		assertThat(AcceptedText.problem("one\r\ntwo")).isEmpty();
		assertThat(AcceptedText.problem("one\rtwo")).hasValueSatisfying(problem -> assertThat(problem).contains("U+000D"));
		assertThat(AcceptedText.problem("ends with\r")).isPresent();
	}

	@Test
	void loneSurrogatesAreRefusedWhereverTheyAre() {
		assertThat(AcceptedText.problem("a\uD800b")).hasValueSatisfying(problem -> assertThat(problem).contains("U+D800"));
		assertThat(AcceptedText.problem("ends high \uD83D")).isPresent();
		assertThat(AcceptedText.problem("\uDC4D starts low")).isPresent();
		assertThat(AcceptedText.problem("reversed \uDC4D\uD83D")).isPresent();
		assertThat(AcceptedText.problem("a pair \uD83D\uDC4D")).isEmpty();
	}

	@Test
	void bytesAreDecodedStrictlyNeverRepaired() {
		assertThat(AcceptedText.decodeUtf8("q", "日本 é".getBytes(StandardCharsets.UTF_8))).isEqualTo("日本 é");
		for (byte[] malformed : new byte[][] { { 'a', (byte) 0xFF, 'b' }, { (byte) 0xC3 }, { (byte) 0xC0, (byte) 0x80 },
				{ (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 } }) {
			assertThatThrownBy(() -> AcceptedText.decodeUtf8("q", malformed)).isInstanceOf(RefusedInput.class)
				.hasMessage("The field 'q' is not valid UTF-8 text.");
		}
	}

	@Test
	void nothingIsNothing() {
		assertThat(AcceptedText.accept("note", null)).isNull();
		assertThat(AcceptedText.accept("note", "")).isEmpty();
	}
}
