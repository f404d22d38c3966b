package org.falseos.casework.cases.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code falseos.evidence.*}: the largest file the locker takes. */
@ConfigurationProperties("falseos.evidence")
record EvidenceSettings(@DefaultValue("100MB") DataSize maxSize) {
}
