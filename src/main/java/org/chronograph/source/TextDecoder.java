package org.chronograph.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into a string, strictly: rejects empty content, binary content
 * (NUL bytes or mostly control characters), UTF-16 and invalid UTF-8 (naming the byte offset).
 * A UTF-8 byte-order mark is dropped; offsets elsewhere refer to the decoded string.
 */
final class TextDecoder {
    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes} as UTF-8.
     *
     * @throws BadInputException with a one-line reason when the content is not usable text
     */
    static String decode(byte[] bytes) throws BadInputException {
        return decode(bytes, 0);
    }

    /**
     * Decodes {@code bytes}, a part of a file starting at byte {@code base}, as UTF-8; offsets in messages count from the file start.
     *
     * @throws BadInputException with a one-line reason when the content is not usable text
     */
    static String decode(byte[] bytes, long base) throws BadInputException {
        if (bytes.length == 0) {
            throw new BadInputException("empty file");
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new BadInputException("UTF-16 text is not supported (convert it to UTF-8)");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new BadInputException("binary file (NUL byte at offset " + (base + i) + ")");
            }
        }
        int skip = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        String text = strictUtf8(bytes, skip, base);
        if (text.isBlank()) {
            throw new BadInputException("empty file");
        }
        if (isMostlyControl(text)) {
            throw new BadInputException("binary file (mostly control characters)");
        }
        return text;
    }

    private static String strictUtf8(byte[] bytes, int skip, long base) throws BadInputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new BadInputException("not UTF-8 (invalid byte at offset " + (base + in.position()) + ")");
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new BadInputException("not UTF-8 (invalid byte at offset " + (base + in.position()) + ")");
        }
        out.flip();
        return out.toString();
    }

    private static boolean isMostlyControl(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control * 10 > text.length();
    }
}
