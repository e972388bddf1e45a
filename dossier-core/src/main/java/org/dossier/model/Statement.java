package org.dossier.model;

/**
 * An attributed statement: who said what, with which cue, as a direct quote, reported speech or a mix.
 *
 * @param kind direct, indirect or mixed
 * @param via id of the statement that reports this one (Lavrov reporting what Trump said), or null
 * @param rule the sieve that decided the attribution
 */
public record Statement(String id, Party speaker, String cue, String kind, String via, Span content, String rule) {}
