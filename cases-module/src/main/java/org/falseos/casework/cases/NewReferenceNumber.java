package org.falseos.casework.cases;

import java.time.LocalDate;

/** An official reference number and how it was obtained. */
public record NewReferenceNumber(String agency, String number, LocalDate obtainedOn, String officer,
		String contactRoute, String notes) {

	public static NewReferenceNumber of(String agency, String number) {
		return new NewReferenceNumber(agency, number, null, null, null, null);
	}
}
