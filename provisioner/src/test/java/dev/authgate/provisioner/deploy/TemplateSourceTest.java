package dev.authgate.provisioner.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TemplateSourceTest {

    private final List<byte[]> uploaded = new ArrayList<>();

    private TemplateSource sourceOf(int bytes) {
        return TemplateSource.of("x".repeat(bytes).getBytes(), body -> {
            uploaded.add(body);
            return "https://bucket.s3.eu-west-1.amazonaws.com/template.json";
        });
    }

    @Test
    void aTemplateOfUpTo51200BytesIsSentInTheRequest() {
        assertThat(sourceOf(51_200)).isInstanceOf(TemplateSource.Inline.class);
        assertThat(uploaded).isEmpty();
    }

    @Test
    void aLargerTemplateIsUploadedAndSentAsItsUrl() {
        assertThat(sourceOf(51_201)).isEqualTo(new TemplateSource.Uploaded("https://bucket.s3.eu-west-1.amazonaws.com/template.json"));
        assertThat(uploaded).singleElement().satisfies(body -> assertThat(body).hasSize(51_201));
    }
}
