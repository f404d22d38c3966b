package org.falseos.casework.linkedvictims;

/** A rendered download. */
public record Export(String fileName, String contentType, byte[] content) {
}
