package org.opendisclosure.core.payload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Input with every nested object empty never makes a constructor or {@code validate()} throw: each
 * missing field is reported by path instead.
 */
class HollowPayloadTest {
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          BUDGET                | {"functionLines":[{}],"economicLines":[{"amount":{}}]} | economicLines[0].amount.amount
          THREE_PUBLIC_EXPENSES | {"amounts":{},"previousAmounts":{},"activity":{}}      | previousAmounts.vehicleRunning
          LAND_ACQUISITION      | {"location":{},"parcels":[{}],"totalAreaConverted":{}, "compensationStandards":[{}]} | compensationStandards[0].perUnit
          CADRE_APPOINTMENT     | {"persons":[{}]}                                        | persons[0].workStart
          PROCUREMENT           | {"awards":[{}],"items":[{}],"experts":[null]}           | items[0].unitPrice
          SOCIAL_ASSISTANCE     | {"households":[{}],"totalAmount":{}}                    | households[0].persons
          DOCUMENT              | {}                                                      | issuer
          """)
  void hollowInputIsReportedNotThrown(PayloadKind kind, String json, String onePath)
      throws JsonProcessingException {
    Payload hollow = mapper.readValue(json, kind.type());

    assertThat(ErrorPaths.of(hollow)).contains(onePath).doesNotHaveDuplicates();
  }
}
