package io.tessera.platform.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** One CAB member's say on a change: nominated, then approved or rejected (with a comment). */
@Embeddable
public class ChangeApproval {

    public static final String APPROVED = "approved";
    public static final String REJECTED = "rejected";

    @Column(name = "approver_id", nullable = false, length = 64)
    private String approverId;
    @Column(name = "approver_name", nullable = false, length = 200)
    private String approverName;
    @Column(name = "decision", length = 20)
    private String decision;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "comment", length = Ticket.MAX_NOTES)
    private String comment;

    protected ChangeApproval() {
    }

    ChangeApproval(Actor approver) {
        this.approverId = approver.id();
        this.approverName = approver.name();
    }

    void decide(String decision, String comment, Instant at) {
        this.decision = decision;
        this.comment = comment;
        this.decidedAt = at;
    }

    void reset() {
        decision = null;
        comment = null;
        decidedAt = null;
    }

    public Actor approver() {
        return new Actor(approverId, approverName);
    }

    /** {@code approved}, {@code rejected} or {@code null} while undecided. */
    public String decision() {
        return decision;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String comment() {
        return comment;
    }
}
