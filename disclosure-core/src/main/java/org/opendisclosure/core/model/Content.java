package org.opendisclosure.core.model;

import java.time.LocalDate;
import org.opendisclosure.core.payload.Payload;

/**
 * What an author writes: the title, the date the information was formed (null means today in
 * Asia/Shanghai), the typed payload and the body HTML (sanitised on the way in). Validation
 * happens in {@code Disclosures}, which reports every bad field at once.
 */
public record Content(String title, LocalDate formedOn, Payload payload, String bodyHtml) {}
