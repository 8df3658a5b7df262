package vn.covid.briefing.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text as they are read, or says in plain words why they are not CSV text:
 * binary (an Excel workbook or a PDF saved in the inbox, or NUL bytes anywhere), or not UTF-8 (the usual
 * fix: save as "CSV UTF-8"). UTF-8 with or without BOM is accepted, and UTF-16 with a BOM (Excel's
 * "Unicode Text"). The file is never held whole: a reader decodes it block by block.
 */
final class ReportText {

    private static final int BLOCK = 8 * 1024;

    private ReportText() {
    }

    /**
     * The text of the bytes, from after the byte order mark.
     *
     * @throws ContentRejected when the first bytes already show a binary file
     */
    static Reader open(InputStream bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(BLOCK);
        byte[] start = bytes.readNBytes(4);
        buffer.put(start).flip();
        String binary = binaryKind(start);
        if (binary != null) {
            throw new ContentRejected(Issue.file(IssueCode.NOT_CSV_TEXT,
                    "not CSV text: the file is " + binary + "; export the sheet as 'CSV UTF-8'"));
        }
        Charset charset = StandardCharsets.UTF_8;
        int bom = 0;
        if (startsWith(start, 0xEF, 0xBB, 0xBF)) {
            bom = 3;
        }
        else if (startsWith(start, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        }
        else if (startsWith(start, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        }
        return new Decoding(bytes, buffer.position(bom), charset);
    }

    /** Decodes strictly, counting lines and bytes so that a bad byte can be named, and refuses NUL. */
    private static final class Decoding extends Reader {

        private final InputStream in;
        private final CharsetDecoder decoder;
        /** The bytes read and not yet decoded; its index 0 is the file's byte {@code bytesBefore}. */
        private final ByteBuffer bytes;
        private long bytesBefore;
        private int line = 1;
        private boolean endOfInput;
        private boolean flushed;

        Decoding(InputStream in, ByteBuffer start, Charset charset) {
            this.in = in;
            this.bytes = start;
            this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            CharBuffer out = CharBuffer.wrap(buffer, offset, length);
            while (out.position() == offset) {
                if (flushed) {
                    return -1;
                }
                int before = out.position();
                CoderResult result = decoder.decode(bytes, out, endOfInput);
                check(buffer, before, out.position());
                if (result.isError()) {
                    throw notUtf8();
                }
                if (result.isUnderflow() && endOfInput) {
                    flushed = decoder.flush(out).isUnderflow();
                }
                else if (result.isUnderflow() && out.position() == offset) {
                    refill();
                }
            }
            return out.position() - offset;
        }

        private void refill() throws IOException {
            bytesBefore += bytes.position(); // the decoded bytes leave the buffer
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfInput = true;
            }
            else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }

        /** NUL is no character of a report: the file is binary, wherever it stands. */
        private void check(char[] buffer, int from, int to) throws ContentRejected {
            for (int i = from; i < to; i++) {
                char c = buffer[i];
                if (c == '\n') {
                    line++;
                }
                else if (c == 0) {
                    throw new ContentRejected(new Issue(line, null, null, Issue.Severity.REJECT, IssueCode.NOT_CSV_TEXT,
                            "not CSV text: the file holds binary data (NUL bytes); export the sheet as 'CSV UTF-8'"));
                }
            }
        }

        private ContentRejected notUtf8() {
            int at = bytes.position();
            return new ContentRejected(new Issue(line, null,
                    "byte 0x%02X at offset %d".formatted(bytes.get(at) & 0xFF, bytesBefore + at), Issue.Severity.REJECT,
                    IssueCode.NOT_UTF8, "the file is not UTF-8 text (perhaps Windows-1258 or TCVN3); save it as 'CSV UTF-8'"));
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
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

    /** Every delimiter {@link #detectDelimiter} can answer. */
    static final java.util.List<Character> DELIMITERS = java.util.List.of(',', ';', '\t');

    /** The delimiter of the header line: ';' (Vietnamese-locale Excel), ',' or a tab, whichever occurs most. */
    static char detectDelimiter(String header) {
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
