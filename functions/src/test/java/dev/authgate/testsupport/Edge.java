package dev.authgate.testsupport;

/** A way into Authgate: the local web app, or the Lambda handler fed an API Gateway event. */
public interface Edge {

    ApiResponse send(HttpCall call);
}
