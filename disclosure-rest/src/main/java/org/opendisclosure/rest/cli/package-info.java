/**
 * The command line of {@code disclosure-server.jar} (picocli).
 */
package org.opendisclosure.rest.cli;
