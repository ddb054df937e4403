/**
 * Body HTML of a disclosure (正文): {@link org.opendisclosure.core.html.HtmlSanitizer} turns the
 * HTML an editor pasted into markup that is safe to publish, and extracts its plain text.
 */
package org.opendisclosure.core.html;
