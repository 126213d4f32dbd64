package dev.authgate.testsupport;

/** Every edge a request can come through; tests run over all of them with {@code @EnumSource}. */
public enum EdgeKind {
    LOCAL_WEB,
    REST_API_V1,
    HTTP_API_V2,
    HTTP_API_V2_WITH_STAGE;

    public Edge edge() {
        return TestStack.get().edge(this);
    }
}
