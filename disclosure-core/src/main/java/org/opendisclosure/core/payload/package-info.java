/**
 * The typed content (payload) a disclosure carries, one record per {@link PayloadKind}: budgets and
 * final accounts (预算/决算), the three public expenses (三公经费), land acquisition (征地), cadre
 * pre-appointment notices (干部任前公示), procurement results (政府采购/招投标), social assistance lists (低保等)
 * and documents.
 *
 * <p>Every payload is an immutable, thread-safe record of plain components that Jackson reads
 * through its canonical constructor. Constructors only normalise (a null list becomes empty; lists
 * are copied unmodifiably and may hold nulls); {@link Payload#validate()} reports every bad field
 * with its path, including the arithmetic rules (totals equal the sum of their lines). Money is a
 * {@link Money} in 元 or 万元 and land an {@link Area} in 亩 or 公顷, both {@code BigDecimal} as printed.
 */
package org.opendisclosure.core.payload;
