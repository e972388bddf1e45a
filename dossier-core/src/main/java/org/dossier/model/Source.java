package org.dossier.model;

/** Where an article came from: a file path (with a record locator such as {@code file.jsonl:12}) and/or a URL. */
public record Source(String path, String url) {}
