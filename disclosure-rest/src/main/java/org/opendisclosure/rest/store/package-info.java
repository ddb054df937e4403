/**
 * The REST server's own tables beside the core's, with their own Flyway history.
 */
package org.opendisclosure.rest.store;
