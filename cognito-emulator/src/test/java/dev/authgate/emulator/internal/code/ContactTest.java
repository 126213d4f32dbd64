package dev.authgate.emulator.internal.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactTest {

    @Test
    void anEmailIsMaskedToTheFirstLettersAndTheTopLevelDomain() {
        assertThat(new Contact("email", "alice@example.co.uk").masked()).isEqualTo("a***@e***.uk");
    }

    @Test
    void aPhoneNumberIsMaskedToItsLastFourDigits() {
        assertThat(new Contact("phone_number", "+447700900123").masked()).isEqualTo("+********0123");
    }

    @Test
    void anEmailGoesByEmailAndAPhoneNumberBySms() {
        assertThat(new Contact("email", "alice@example.com").channel()).isEqualTo("EMAIL");
        assertThat(new Contact("phone_number", "+15550001234").channel()).isEqualTo("SMS");
    }
}
