package org.opendisclosure.core.payload;

import java.util.List;
import org.opendisclosure.core.FieldError;

/**
 * The typed content of a disclosure. Records implementing it only normalise in their
 * constructors (null lists become empty lists) so that {@link #validate()} can report
 * <em>every</em> bad field with its path, never only the first.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Payload
    permits BudgetStatement,
        ThreePublicExpenses,
        LandAcquisition,
        CadreAppointment,
        ProcurementResult,
        SocialAssistanceList,
        Document {

  PayloadKind kind();

  /**
   * Every problem with this payload, each with its path relative to the payload root
   * ({@code lines[3].amount}); empty when the payload is valid. Includes the arithmetic rules
   * (totals equal the sum of their lines).
   */
  List<FieldError> validate();
}
