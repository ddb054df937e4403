package org.opendisclosure.core.payload;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample is valid and survives a Jackson round trip through its canonical constructor. */
class PayloadJsonTest {
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

  static Stream<Payload> samples() {
    return SamplePayloads.all().stream();
  }

  @Test
  void samplesCoverEveryKind() {
    assertThat(SamplePayloads.all())
        .extracting(Payload::kind)
        .containsExactly(PayloadKind.values());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void sampleIsValidAndOfItsKindsType(Payload sample) {
    assertThat(sample.validate()).isEmpty();
    assertThat(sample).isInstanceOf(sample.kind().type());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void roundTripGivesAnEqualRecord(Payload sample) throws JsonProcessingException {
    String json = mapper.writeValueAsString(sample);

    Payload back = mapper.readValue(json, sample.kind().type());

    assertThat(back).isEqualTo(sample);
    assertThat(back.validate()).isEmpty();
  }

  @Test
  void moneyKeepsItsPrintedScale() throws JsonProcessingException {
    String json = mapper.writeValueAsString(SamplePayloads.budget2024());

    assertThat(json).contains("{\"amount\":1286.40,\"unit\":\"WAN_YUAN\"}");
    assertThat(json).doesNotContain("\"kind\"");
  }

  @Test
  void missingListsReadAsEmptyAndNullElementsAreReported() throws JsonProcessingException {
    SocialAssistanceList list =
        mapper.readValue(
            "{\"program\":\"MINIMUM_LIVING\",\"period\":\"2026-03\",\"township\":\"青石镇\","
                + "\"village\":\"南岗村\",\"households\":[null]}",
            SocialAssistanceList.class);
    ProcurementResult result = mapper.readValue("{}", ProcurementResult.class);

    assertThat(list.households()).hasSize(1);
    assertThat(ErrorPaths.of(list)).containsExactly("households[0]");
    assertThat(result.awards()).isEmpty();
    assertThat(result.experts()).isEqualTo(List.of());
  }
}
