package org.falseos.casework;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Bootstraps this Maven module's application modules in its own tests (Spring Modulith issue #1363). */
@SpringBootApplication
class LinkedVictimsModuleTestApplication {
}
