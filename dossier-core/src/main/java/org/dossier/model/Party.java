package org.dossier.model;

/** A speaker, source or target: the name used, the entity it resolves to (null for unnamed sources) and its actor code. */
public record Party(String name, String entity, String actor) {}
