/**
 * The OpenDisclosure REST server: {@link org.opendisclosure.rest.DisclosureServer#application} wires the
 * Jersey application; {@link org.opendisclosure.rest.ServerContext} opens what it runs on;
 * {@link org.opendisclosure.rest.ServerConfig} holds the settings.
 */
package org.opendisclosure.rest;
