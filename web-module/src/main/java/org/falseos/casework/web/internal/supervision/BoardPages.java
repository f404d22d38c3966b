package org.falseos.casework.web.internal.supervision;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.falseos.casework.cases.InvalidCaseInput;
import org.falseos.casework.cases.SupervisionBoard;
import org.falseos.casework.web.internal.Dates;
import org.falseos.casework.web.internal.cases.CaseActors;
import org.falseos.casework.web.internal.identity.CurrentUser;
import org.falseos.casework.web.internal.input.RefusedInput;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervision board page {@code /supervision} and its CSV download. Supervisors only: the teams they
 * supervise, filtered by team and caseworker with a plain GET form.
 */
@Controller
@PreAuthorize("hasRole('SUPERVISOR')")
class BoardPages {

	private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private final BoardReading reading;

	private final Dates dates;

	BoardPages(BoardReading reading, Dates dates) {
		this.reading = reading;
		this.dates = dates;
	}

	@GetMapping("/supervision")
	String board(CurrentUser user, @RequestParam(required = false) String team,
			@RequestParam(required = false) String caseworker, Model model) {
		var query = reading.query(team, caseworker);
		BoardReading.Read read;
		try {
			read = reading.read(CaseActors.of(user), query);
		}
		catch (InvalidCaseInput invalid) {
			throw refused(invalid);
		}
		model.addAttribute("query", query);
		model.addAttribute("supervised", user.supervisedTeams().stream().sorted().toList());
		model.addAttribute("read", read);
		model.addAttribute("board", read.board());
		model.addAttribute("rungChart", BoardCharts.rungs(read.board().rungs()));
		model.addAttribute("weekChart", BoardCharts.weeks(read.board().weeks()));
		model.addAttribute("weekFormat", WEEK);
		return "supervision/board";
	}

	@GetMapping("/supervision/board.csv")
	ResponseEntity<byte[]> csv(CurrentUser user, @RequestParam(required = false) String team,
			@RequestParam(required = false) String caseworker) {
		var actor = CaseActors.of(user);
		var query = reading.query(team, caseworker);
		// The rung titles as the board shows them.
		Map<Integer, String> titles;
		List<SupervisionBoard.BoardCase> rows;
		try {
			titles = reading.boardOnly(actor, query).rungs().stream()
				.collect(Collectors.toMap(SupervisionBoard.Rung::rung, SupervisionBoard.Rung::title));
			rows = reading.cases(actor, query);
		}
		catch (InvalidCaseInput invalid) {
			throw refused(invalid);
		}
		String body = BoardCsv.render(rows, titles, dates.zone());
		String name = "supervision-board" + (query.team() == null ? "" : "-" + query.team()) + "-" + query.today() + ".csv";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(body.getBytes(StandardCharsets.UTF_8));
	}

	/** The page's own refusal (an error summary naming the field), as the case list gives. */
	private static RefusedInput refused(InvalidCaseInput invalid) {
		var error = invalid.errors().entrySet().iterator().next();
		return RefusedInput.of(error.getKey(), error.getValue());
	}
}
