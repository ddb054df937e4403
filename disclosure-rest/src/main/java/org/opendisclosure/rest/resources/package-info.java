/**
 * The JAX-RS resources: each translates HTTP to one core call and its answer to an {@code api}
 * record, nothing more.
 */
package org.opendisclosure.rest.resources;
