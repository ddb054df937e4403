/**
 * HTTP concerns shared by every resource: problem documents (the one mapper), ETags, CORS, the
 * body limit, request metrics, parameter parsing and the JSON configuration.
 */
package org.opendisclosure.rest.http;
