/**
 * The citizen portal (政务公开网站): server-rendered pages over {@code disclosure-core} and {@code
 * disclosure-search}, and printable 公示 notices as PDF. {@link org.opendisclosure.portal.Portal}
 * is the front door; register its {@link org.opendisclosure.portal.Portal#feature() feature} in a
 * Jersey {@code ResourceConfig}.
 */
package org.opendisclosure.portal;
