/**
 * Core values to API records and back: views, listing and search parameters, workflow actions.
 */
package org.opendisclosure.rest.view;
