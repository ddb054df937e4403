/**
 * Streaming exports: JSON Lines, CSV with a byte-order mark, OCDS releases of procurement results.
 */
package org.opendisclosure.rest.export;
