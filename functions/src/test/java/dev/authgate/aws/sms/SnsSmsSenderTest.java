package dev.authgate.aws.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;

/** The SMS sender on AWS, against a stand-in for Amazon SNS that answers in the Publish API's documented XML. */
class SnsSmsSenderTest {

    private static final String PUBLISHED = """
            <PublishResponse xmlns="https://sns.amazonaws.com/doc/2010-03-31/">
              <PublishResult>
                <MessageId>567910cd-659e-55d4-8ccb-5aaf14679dc0</MessageId>
              </PublishResult>
              <ResponseMetadata>
                <RequestId>d74b8436-ae13-5ab4-a9ff-ce54dfea72a0</RequestId>
              </ResponseMetadata>
            </PublishResponse>""";

    private static final String REFUSED = """
            <ErrorResponse xmlns="https://sns.amazonaws.com/doc/2010-03-31/">
              <Error>
                <Type>Sender</Type>
                <Code>InvalidParameter</Code>
                <Message>Invalid parameter: PhoneNumber Reason: +1555 is not valid to publish to</Message>
              </Error>
              <RequestId>f187a3c1-376f-11df-8963-01868b7c937a</RequestId>
            </ErrorResponse>""";

    private final AtomicReference<String> received = new AtomicReference<>();
    private HttpServer sns;

    private SnsSmsSender senderAnswering(int status, String body) throws IOException {
        sns = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        sns.createContext("/", exchange -> {
            received.set(URLDecoder.decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), StandardCharsets.UTF_8));
            byte[] answer = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        sns.start();
        return new SnsSmsSender(SnsClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + sns.getAddress().getPort()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("key", "secret")))
                .httpClient(UrlConnectionHttpClient.create())
                .build());
    }

    @AfterEach
    void stop() {
        sns.stop(0);
    }

    @Test
    void theCodeIsPublishedAsATransactionalSmsToThePhoneNumber() throws IOException {
        senderAnswering(200, PUBLISHED).send("+14155550123", "482913");

        assertThat(received.get())
                .contains("Action=Publish")
                .contains("PhoneNumber=+14155550123")
                .contains("482913")
                .contains("AWS.SNS.SMS.SMSType")
                .contains("Transactional");
    }

    @Test
    void aRefusalBySnsFailsTheSend() throws IOException {
        SnsSmsSender sender = senderAnswering(400, REFUSED);

        assertThatThrownBy(() -> sender.send("+1555", "482913")).isInstanceOf(InvalidParameterException.class);
    }
}
