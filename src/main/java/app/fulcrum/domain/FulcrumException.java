package app.fulcrum.domain;

/**
 * The one unchecked base exception of Fulcrum. Its message is a single sentence a person can act
 * on; the CLI prints it as is (exit 1) and the web answers it as a 4xx body. Subclasses live next
 * to the code that throws them.
 */
public class FulcrumException extends RuntimeException {
    public FulcrumException(String message) {
        super(message);
    }

    public FulcrumException(String message, Throwable cause) {
        super(message, cause);
    }
}
