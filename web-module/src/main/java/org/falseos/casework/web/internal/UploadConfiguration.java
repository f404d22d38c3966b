package org.falseos.casework.web.internal;

import java.nio.file.Path;

import jakarta.servlet.MultipartConfigElement;
import org.falseos.casework.OwnerOnly;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Multipart uploads are spooled to disk while they arrive (never held whole in memory), and that spool lives in
 * the data folder, not in the machine's shared temporary directory: evidence never lands outside it. The servlet
 * container writes its spool files with the process umask (it cannot be told otherwise), so the folder itself is
 * owner-only: nobody else can open a file inside it. The file limit is the evidence locker's.
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

	@Bean
	MultipartConfigElement multipartConfigElement(@Value("${falseos.data-dir:./data}") Path dataDir,
			@Value("${falseos.evidence.max-size:100MB}") DataSize maxSize) {
		Path spool = OwnerOnly.tree(dataDir.resolve("uploads-in-progress").toAbsolutePath());
		var factory = new MultipartConfigFactory();
		factory.setLocation(spool.toString());
		factory.setMaxFileSize(maxSize);
		// The other parts are a few short capture fields; the file part is what the limit is about.
		factory.setMaxRequestSize(DataSize.ofBytes(maxSize.toBytes() + DataSize.ofMegabytes(1).toBytes()));
		factory.setFileSizeThreshold(DataSize.ofBytes(0));
		return factory.createMultipartConfig();
	}
}
