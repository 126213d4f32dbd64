package dev.authgate.testsupport;

/** An edge whose every answer is checked against the contract before the test sees it. */
record ContractCheckedEdge(Edge edge) implements Edge {

    @Override
    public ApiResponse send(HttpCall call) {
        ApiResponse response = edge.send(call);
        ContractCheck.verify(call, response);
        return response;
    }
}
