package org.falseos.casework.web.internal.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FormFieldsTests {

	@Test
	void readsNamesAndValuesInOrderWithEscapesAndPlusSigns() {
		var fields = FormFields.parse(bytes("title=Call+back&harmTypes=threats&harmTypes=doxxing&empty=&bare&note=caf%C3%A9+%26+1%2B1"));

		assertThat(fields).containsExactly(Map.entry("title", List.of("Call back")),
				Map.entry("harmTypes", List.of("threats", "doxxing")), Map.entry("empty", List.of("")),
				Map.entry("bare", List.of("")), Map.entry("note", List.of("café & 1+1")));
	}

	@Test
	void aValueThatIsNotUtf8IsRefusedNamingItsField() {
		assertThatThrownBy(() -> FormFields.parse(bytes("title=ok&note=a%ED%A0%80b"))).isInstanceOf(RefusedInput.class)
			.satisfies(refused -> assertThat(((RefusedInput) refused).fields()).containsOnlyKeys("note"));
		assertThatThrownBy(() -> FormFields.parse(new byte[] { 'q', '=', 'a', (byte) 0xFF })).isInstanceOf(RefusedInput.class)
			.satisfies(refused -> assertThat(((RefusedInput) refused).fields()).containsOnlyKeys("q"));
	}

	@Test
	void aValueWithAControlCharacterIsRefusedNamingItsField() {
		assertThatThrownBy(() -> FormFields.parse(bytes("reason=a%00b"))).isInstanceOf(RefusedInput.class)
			.hasMessageContaining("'reason'")
			.hasMessageContaining("U+0000");
	}

	@Test
	void malformedEscapesAndHostileNamesAreRefused() {
		assertThatThrownBy(() -> FormFields.parse(bytes("q=%G1"))).isInstanceOf(RefusedInput.class);
		assertThatThrownBy(() -> FormFields.parse(bytes("q=abc%4"))).isInstanceOf(RefusedInput.class);
		assertThatThrownBy(() -> FormFields.parse(bytes("a%00b=x"))).isInstanceOf(RefusedInput.class)
			.satisfies(refused -> assertThat(((RefusedInput) refused).fields()).isEmpty());
	}

	@Test
	void aPathKeepsItsPlusSigns() {
		assertThat(new String(FormFields.percentDecoded("/guide/a+b%20c"), StandardCharsets.UTF_8)).isEqualTo("/guide/a+b c");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}
}
