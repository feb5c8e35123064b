package io.tessera.platform.sla.clock;

/** Where a clock stands. */
public enum ClockState {
    RUNNING("running"),
    PAUSED("paused"),
    /** Stopped at or before its due instant. */
    MET("met"),
    /** Past its due instant: still running (or paused) after it, or stopped after it. */
    BREACHED("breached");

    private final String code;

    ClockState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
