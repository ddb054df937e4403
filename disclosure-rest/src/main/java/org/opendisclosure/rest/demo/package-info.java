/**
 * The demo county (某县) and its disclosures, loaded once per database.
 */
package org.opendisclosure.rest.demo;
