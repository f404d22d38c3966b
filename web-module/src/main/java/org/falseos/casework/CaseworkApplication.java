package org.falseos.casework;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** FalseOS Casework: guidance, cases, linked victims and search, assembled into one application. */
@SpringBootApplication
@Modulithic(systemName = "FalseOS Casework")
public class CaseworkApplication {

	public static void main(String[] args) {
		SpringApplication.run(CaseworkApplication.class, args);
	}
}
