package org.clearway.core.profile;

/**
 * The four-eyes rule for profiles: one analyst submits, another approves, and only then is the
 * version in force. Each method returns the new status, or a refusal that names the rule.
 */
public final class FourEyes {
    private FourEyes() {}

    public sealed interface Step {
        record Moved(ProfileStatus to) implements Step {}
        record Refused(String message) implements Step {}
    }

    public static Step submit(ProfileStatus current) {
        return current == ProfileStatus.DRAFT ? new Step.Moved(ProfileStatus.SUBMITTED)
                : new Step.Refused("only a draft can be submitted; this version is " + current);
    }

    /** The approver must be another analyst than the one who submitted and the one who wrote the version. */
    public static Step approve(ProfileStatus current, String author, String submitter, String approver) {
        if (current != ProfileStatus.SUBMITTED) return new Step.Refused("only a submitted version can be approved; this version is " + current);
        if (approver.equals(submitter) || approver.equals(author)) {
            return new Step.Refused("four eyes: " + approver + " wrote or submitted this version, so another analyst must approve it");
        }
        return new Step.Moved(ProfileStatus.ACTIVE);
    }

    public static Step retire(ProfileStatus current) {
        return current == ProfileStatus.ACTIVE ? new Step.Moved(ProfileStatus.RETIRED)
                : new Step.Refused("only an active profile can be retired; this version is " + current);
    }

    /** Whether a change writes over this version (a draft or a submission not yet approved) or starts the next one. */
    public static boolean changeReplaces(ProfileStatus current) {
        return current == ProfileStatus.DRAFT || current == ProfileStatus.SUBMITTED;
    }
}
