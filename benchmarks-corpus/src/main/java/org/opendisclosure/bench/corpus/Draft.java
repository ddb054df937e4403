package org.opendisclosure.bench.corpus;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a writer produces for one notice before the generator adds identity, organ, category and
 * dates. Immutable.
 *
 * @param year the year the notice is about (a budget's fiscal year), or 0 for the publication year
 * @param amount the headline amount in 元, or null
 * @param windowDays the length of the publicity window in days, or 0 when it has none
 */
record Draft(String title, String body, String documentNumber, Facts facts, int year, BigDecimal amount,
    int windowDays, LocalDate windowStart) {}
