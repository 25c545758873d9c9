package dev.warden.agent.policy;

/**
 * What one reload did.
 *
 * @param kind whether a new set was put in force, rejected, or nothing had changed
 * @param before the revision in force before the reload
 * @param after the revision in force after it (equal to {@code before} unless accepted)
 * @param candidate the revision of the text read from disk
 * @param files how many policy files were read
 * @param errors how many errors a rejected set had
 * @param summary what was logged (for a rejected set: every error with file:line:col)
 */
public record ReloadOutcome(Kind kind, String before, String after, String candidate, int files, int errors,
                            String summary) {

    public enum Kind { ACCEPTED, REJECTED, UNCHANGED }

    static ReloadOutcome unchanged(String revision) {
        return new ReloadOutcome(Kind.UNCHANGED, revision, revision, revision, 0, 0, "policy files changed on disk, but their text is the policy in force (" + revision + "): nothing to reload");
    }

    static ReloadOutcome accepted(String before, String after, int files) {
        return new ReloadOutcome(Kind.ACCEPTED, before, after, after, files, 0,
            "policy reloaded: " + before + " -> " + after + " (" + files + " files)");
    }

    static ReloadOutcome rejected(String kept, String candidate, int files, int errors, String summary) {
        return new ReloadOutcome(Kind.REJECTED, kept, kept, candidate, files, errors, summary);
    }
}
