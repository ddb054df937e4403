/**
 * The search index and its change-feed follower as the server runs them.
 */
package org.opendisclosure.rest.search;
