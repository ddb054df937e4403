/**
 * The OpenAPI 3.1 document: operations written down, schemas derived from the records.
 */
package org.opendisclosure.rest.openapi;
