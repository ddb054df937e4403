package org.opendisclosure.core.html;

/** Sanitised body HTML and its plain text. */
public record SanitizedBody(String html, String text) {}
