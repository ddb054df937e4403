/**
 * Request and response bodies of the HTTP API, as immutable records; the Jackson annotations live
 * here, never on the core model.
 */
package org.opendisclosure.rest.api;
