/**
 * API tokens (random, shown once, stored as peppered hashes), the bearer filter of the admin
 * resources, and the rules for managing accounts.
 */
package org.opendisclosure.rest.auth;
