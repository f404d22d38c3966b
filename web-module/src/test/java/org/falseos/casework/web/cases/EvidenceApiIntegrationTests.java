package org.falseos.casework.web.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipInputStream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest(properties = { "falseos.demo-mode=true", "falseos.evidence.max-size=64KB" })
@AutoConfigureMockMvc
class EvidenceApiIntegrationTests {

	static final RequestPostProcessor CASEWORKER = httpBasic("caseworker", "demo");

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@Autowired
	MockMvc mvc;

	@Test
	void anUploadedOriginalComesBackByteIdenticalAsAnAttachment() throws Exception {
		String id = open("NC-EV-1");
		var file = new MockMultipartFile("file", "threat.txt", "text/plain", PNG);

		var upload = mvc.perform(multipart("/api/cases/{id}/evidence", id).file(file).param("method", "screenshot")
				.param("platform", "X").param("usernameShown", "@Troll_99").param("capturedAt", "2026-11-20T21:35:00Z")
				.with(CASEWORKER))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.sha256").value(sha256(PNG)))
			.andExpect(jsonPath("$.mediaType").value("image/png"))
			.andExpect(jsonPath("$.nameMatchesContent").value(false))
			.andReturn();
		String evidenceId = JsonPath.read(upload.getResponse().getContentAsString(), "$.id");

		var body = mvc.perform(get("/api/cases/{id}/evidence/{e}/original", id, evidenceId).with(CASEWORKER))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_OCTET_STREAM_VALUE))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(body).isEqualTo(PNG);

		mvc.perform(get("/api/cases/{id}/evidence/{e}/custody", id, evidenceId).with(CASEWORKER))
			.andExpect(jsonPath("$[*].action", org.hamcrest.Matchers.hasItems("UPLOADED", "VIEWED")));
		mvc.perform(get("/api/cases/{id}/evidence/{e}/original", id, evidenceId).with(httpBasic("caseworker2", "demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void anUploadOverTheLimitIsA413AndNothingIsKept() throws Exception {
		String id = open("NC-EV-2");
		var big = new MockMultipartFile("file", "big.bin", "application/octet-stream", new byte[70 * 1024]);

		mvc.perform(multipart("/api/cases/{id}/evidence", id).file(big).with(CASEWORKER))
			.andExpect(status().is(413))
			.andExpect(jsonPath("$.message").value(containsString("larger than the evidence locker accepts")));
		mvc.perform(get("/api/cases/{id}/evidence", id).with(CASEWORKER)).andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void theBundleCarriesTheOriginalsAndAManifest() throws Exception {
		String id = open("NC-EV-3");
		mvc.perform(multipart("/api/cases/{id}/evidence", id).file(new MockMultipartFile("file", "a.png", "image/png", PNG))
				.with(CASEWORKER)).andExpect(status().isCreated());

		mvc.perform(post("/api/cases/{id}/consents", id).with(CASEWORKER).contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\": \"police\", \"given\": true}")).andExpect(status().isCreated());
		byte[] zip = mvc.perform(get("/api/cases/{id}/bundle", id).with(CASEWORKER))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

		var names = new java.util.ArrayList<String>();
		try (var entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (var entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		assertThat(names).contains("manifest.json", "manifest.html").anyMatch(name -> name.startsWith("originals/"));
		mvc.perform(get("/api/cases/{id}/bundle", id).with(httpBasic("caseworker2", "demo"))).andExpect(status().isNotFound());
	}

	@Test
	void aSecondCopyOfAFileTheCaseHoldsIsA409NamingTheFileHeld() throws Exception {
		String id = open("NC-EV-5");
		var first = mvc.perform(multipart("/api/cases/{id}/evidence", id)
				.file(new MockMultipartFile("file", "dm.png", "image/png", PNG)).with(CASEWORKER))
			.andExpect(status().isCreated()).andReturn();
		String held = JsonPath.read(first.getResponse().getContentAsString(), "$.id");

		mvc.perform(multipart("/api/cases/{id}/evidence", id).file(new MockMultipartFile("file", "copy.png", "image/png", PNG))
				.with(CASEWORKER))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value(containsString("This file is already held as dm.png, added ")))
			.andExpect(jsonPath("$.message").value(containsString(held)));
		mvc.perform(get("/api/cases/{id}/evidence", id).with(CASEWORKER)).andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void anotherSiteCannotPostWithABrowsersRememberedCredentials() throws Exception {
		String id = open("NC-EV-4");

		mvc.perform(multipart("/api/cases/{id}/evidence", id).file(new MockMultipartFile("file", "a.png", "image/png", PNG))
				.header("Origin", "https://evil.example").header("Sec-Fetch-Site", "cross-site").with(CASEWORKER))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.message").value(containsString("other sites")));
	}

	private String open(String clientCode) throws Exception {
		var result = mvc.perform(post("/api/cases").with(CASEWORKER).contentType(MediaType.APPLICATION_JSON)
				.content("{\"clientCode\": \"%s\", \"jurisdiction\": \"scotland\", \"summary\": \"Evidence\"}".formatted(clientCode)))
			.andExpect(status().isCreated()).andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
