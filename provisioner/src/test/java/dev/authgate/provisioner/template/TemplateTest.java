package dev.authgate.provisioner.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TemplateTest {

    private static Resource topic() {
        return new Resource("AWS::SNS::Topic", Properties.of());
    }

    @Test
    void aReferenceToSomethingTheTemplateDoesNotDeclareIsRejected() {
        Template.Builder template = Template.builder("t")
                .resource("Queue", new Resource("AWS::SQS::Queue", Properties.of().with("RedrivePolicy", Fn.arn("Missing"))));

        assertThatThrownBy(template::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("Missing");
    }

    @Test
    void aSubstitutionNamingAnUndeclaredResourceIsRejected() {
        Template.Builder template = Template.builder("t").resource("Topic", topic())
                .output("Url", new Output("u", Fn.sub("https://${Topic}/${Nowhere.Arn}/${AWS::Region}")));

        assertThatThrownBy(template::build).hasMessageContaining("${Nowhere.Arn}");
    }

    @Test
    void aLogicalIdWithAnythingButLettersAndDigitsIsRejected() {
        assertThatThrownBy(() -> Template.builder("t").resource("my-topic", topic()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("letters and digits");
    }

    @Test
    void anIdDeclaredTwiceIsRejected() {
        assertThatThrownBy(() -> Template.builder("t").resource("Topic", topic()).resource("Topic", topic()))
                .hasMessageContaining("declared twice");
    }

    @Test
    void propertiesWithoutAValueAreLeftOut() {
        Template template = Template.builder("t")
                .resource("Topic", new Resource("AWS::SNS::Topic", Properties.of().with("TopicName", null).with("DisplayName", "Alerts")))
                .build();

        assertThat(template.toJson().path("Resources").path("Topic").path("Properties").toString())
                .isEqualTo("{\"DisplayName\":\"Alerts\"}");
    }

    @Test
    void theCompactFormHasTheSameContentInFewerBytes() {
        Template template = Template.builder("t").resource("Topic", topic()).build();

        assertThat(template.compactJson().length).isLessThan(template.prettyJson().length());
        assertThat(new String(template.compactJson())).isEqualTo(template.toJson().toString());
    }
}
