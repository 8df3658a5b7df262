package vn.covid.briefing.briefing.templates;

/**
 * Something in {@code templates/} (or a province's own texts or notes) that a clerk must fix: the
 * message names the file, the line and column where known, the value and what is wrong, in one line.
 * Nothing is issued while one stands.
 */
public class TemplateException extends RuntimeException {

    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
