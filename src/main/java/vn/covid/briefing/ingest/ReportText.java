package vn.covid.briefing.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import vn.covid.briefing.reference.Names;

/**
 * Turns a file's bytes into NFC text, or says in plain words why it is not CSV text: empty, binary
 * (an Excel workbook or a PDF saved in the inbox), or not UTF-8 (the usual fix: save as "CSV UTF-8").
 * UTF-8 with or without BOM is accepted, and UTF-16 with a BOM (Excel's "Unicode Text").
 */
final class ReportText {

    private ReportText() {
    }

    sealed interface Result permits Text, Unreadable {
    }

    record Text(String text) implements Result {
    }

    record Unreadable(Issue issue) implements Result {
    }

    static Result decode(byte[] bytes) {
        if (isBlank(bytes)) {
            return new Unreadable(Issue.file(IssueCode.FILE_EMPTY, "the file is empty"));
        }
        String binary = binaryKind(bytes);
        if (binary != null) {
            return new Unreadable(Issue.file(IssueCode.NOT_CSV_TEXT,
                    "not CSV text: the file is " + binary + "; export the sheet as 'CSV UTF-8'"));
        }
        Charset charset = StandardCharsets.UTF_8;
        int offset = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            offset = 3;
        }
        else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            offset = 2;
        }
        else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            offset = 2;
        }
        else if (hasNul(bytes)) {
            return new Unreadable(Issue.file(IssueCode.NOT_CSV_TEXT,
                    "not CSV text: the file holds binary data (NUL bytes); export the sheet as 'CSV UTF-8'"));
        }
        CharsetDecoder decoder = charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return new Text(Names.nfc(chars.toString()));
        }
        catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes, offset);
            int line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return new Unreadable(new Issue(line, null, "byte 0x%02X at offset %d".formatted(bytes[bad] & 0xFF, bad),
                    Issue.Severity.REJECT, IssueCode.NOT_UTF8,
                    "the file is not UTF-8 text (perhaps Windows-1258 or TCVN3); save it as 'CSV UTF-8'"));
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return false;
            }
        }
        return true;
    }

    private static String binaryKind(byte[] b) {
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return "a ZIP archive (an .xlsx workbook?)";
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old Excel (.xls) or Word document";
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G') || startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "an image";
        }
        return null;
    }

    private static boolean hasNul(byte[] bytes) {
        int n = Math.min(bytes.length, 64 * 1024);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int firstInvalidUtf8(byte[] bytes, int from) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    /** The delimiter of the header line: ';' (Vietnamese-locale Excel), ',' or a tab, whichever occurs most. */
    static char detectDelimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            else if (!quoted) {
                switch (c) {
                    case ';' -> semicolons++;
                    case ',' -> commas++;
                    case '\t' -> tabs++;
                    default -> {
                    }
                }
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
