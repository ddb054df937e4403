/**
 * The Atom feed (RFC 4287) of publications, corrections and withdrawals.
 */
package org.opendisclosure.rest.feed;
