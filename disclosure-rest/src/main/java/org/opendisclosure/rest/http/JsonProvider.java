package org.opendisclosure.rest.http;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Jackson for every JSON body ({@code application/json} and {@code application/*+json}, which the
 * base class recognises), with the API's one configuration ({@link Json}).
 */
@Provider
public final class JsonProvider extends JacksonJsonProvider {
  public JsonProvider() {
    super(Json.mapper());
  }
}
