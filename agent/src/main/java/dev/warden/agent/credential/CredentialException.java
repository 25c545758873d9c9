package dev.warden.agent.credential;

/**
 * A credential's secret cannot be read now. The message names the credential and where it is read
 * from (variable or path), says what is wrong and what to do; it never holds the secret or any
 * part of the file's contents.
 */
public final class CredentialException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String problem;
    private final String remedy;

    /**
     * @param problem {@code credential NAME: <where> <what is wrong>}
     * @param remedy what to do about it
     */
    CredentialException(String problem, String remedy) {
        super(problem + "; " + remedy, null, false, false); // no stack: a condition to report, not a bug
        this.problem = problem;
        this.remedy = remedy;
    }

    public String problem() {
        return problem;
    }

    public String remedy() {
        return remedy;
    }
}
