package dev.authgate.testsupport;

/**
 * An edge whose every answer is checked against the contract before the test sees it, and whose secrets are
 * written down for the log check.
 */
record ContractCheckedEdge(Edge edge) implements Edge {

    @Override
    public ApiResponse send(HttpCall call) {
        ApiResponse response = edge.send(call);
        SecretLedger.recordFields(call.body());
        SecretLedger.recordFields(response.body());
        ContractCheck.verify(call, response);
        return response;
    }
}
