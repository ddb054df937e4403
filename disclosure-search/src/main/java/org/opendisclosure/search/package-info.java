/**
 * Search over published disclosures (政务公开), for citizens who type keywords or whole questions
 * in everyday Chinese.
 *
 * <p>{@link org.opendisclosure.search.DisclosureIndex} is the front door: it indexes {@link
 * org.opendisclosure.search.SearchDocument}s and answers {@link
 * org.opendisclosure.search.SearchQuery}s with {@link org.opendisclosure.search.SearchResults}.
 * {@link org.opendisclosure.search.IndexFollower} keeps it in step with the store's change feed.
 * Everything in {@code org.opendisclosure.search.internal} is not API and may change.
 */
package org.opendisclosure.search;
