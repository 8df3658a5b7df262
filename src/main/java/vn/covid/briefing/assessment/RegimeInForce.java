package vn.covid.briefing.assessment;

import vn.covid.briefing.reference.Decision;

/** The distancing regime of a unit on a day, and the decision it comes from (its number, issuer and dates). */
public record RegimeInForce(String unitCode, String regime, Decision decision) {
}
