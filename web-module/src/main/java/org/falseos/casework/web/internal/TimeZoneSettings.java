package org.falseos.casework.web.internal;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local time zone people type and read dates and times in ({@code falseos.time-zone}, an IANA zone name);
 * everything is stored in UTC and only pages convert.
 */
@ConfigurationProperties("falseos")
public record TimeZoneSettings(@DefaultValue("Europe/London") ZoneId timeZone) {
}
