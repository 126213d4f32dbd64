package dev.authgate.provisioner.deploy;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Function;

/** How CloudFormation gets the template: in the request, or from S3 when it is too large for the request. */
sealed interface TemplateSource {

    /** The largest {@code TemplateBody} CloudFormation accepts, in bytes. */
    int INLINE_LIMIT_BYTES = 51_200;

    /** The template sent in the request. */
    record Inline(String body) implements TemplateSource {
        public Inline {
            Objects.requireNonNull(body, "body");
        }
    }

    /** The template uploaded to S3, sent as its URL. */
    record Uploaded(String url) implements TemplateSource {
        public Uploaded {
            Objects.requireNonNull(url, "url");
        }
    }

    /** Inline when it fits, otherwise uploaded by {@code upload}, which answers the object's URL. */
    static TemplateSource of(byte[] template, Function<byte[], String> upload) {
        return template.length <= INLINE_LIMIT_BYTES
                ? new Inline(new String(template, StandardCharsets.UTF_8))
                : new Uploaded(upload.apply(template));
    }
}
