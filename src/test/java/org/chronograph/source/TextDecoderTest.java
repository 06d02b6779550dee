package org.chronograph.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void decodesUtf8AndDropsTheByteOrderMark() throws Exception {
        byte[] bytes = "\uFEFFCafé".getBytes(StandardCharsets.UTF_8);

        assertThat(TextDecoder.decode(bytes)).isEqualTo("Café");
    }

    @Test
    void emptyAndBlankContentIsRejected() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[0])).hasMessage("empty file");
        assertThatThrownBy(() -> TextDecoder.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8))).hasMessage("empty file");
    }

    @Test
    void invalidUtf8IsReportedWithTheByteOffset() {
        byte[] bytes = "Prix : 12 ".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = new byte[bytes.length + 3];
        System.arraycopy(bytes, 0, latin1, 0, bytes.length);
        latin1[bytes.length] = (byte) 0x80; // a continuation byte with no lead byte
        latin1[bytes.length + 1] = 'x';
        latin1[bytes.length + 2] = 'y';

        assertThatThrownBy(() -> TextDecoder.decode(latin1))
                .isInstanceOf(BadInputException.class)
                .hasMessage("not UTF-8 (invalid byte at offset 10)");
    }

    @Test
    void overlongEncodingIsInvalid() {
        byte[] overlong = {'a', (byte) 0xC0, (byte) 0xAF, 'b'};

        assertThatThrownBy(() -> TextDecoder.decode(overlong)).hasMessage("not UTF-8 (invalid byte at offset 1)");
    }

    @Test
    void nulBytesMeanBinary() {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0, 'x'};

        assertThatThrownBy(() -> TextDecoder.decode(bytes)).hasMessage("binary file (NUL byte at offset 4)");
    }

    @Test
    void mostlyControlCharactersMeanBinary() {
        byte[] bytes = new byte[100];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 'a' : 1 + i % 8);
        }

        assertThatThrownBy(() -> TextDecoder.decode(bytes)).hasMessage("binary file (mostly control characters)");
    }

    @Test
    void utf16IsRejectedWithAHint() {
        byte[] bytes = "\uFEFFhi".getBytes(StandardCharsets.UTF_16LE);

        assertThatThrownBy(() -> TextDecoder.decode(bytes)).hasMessageContaining("UTF-16");
    }
}
