package io.tessera.platform.sla.calendar;

/** The answer lies past {@link BusinessTimeRange#HORIZON}; nothing meaningful can be returned. */
public class BeyondHorizonException extends RuntimeException {

    public BeyondHorizonException() {
        super("the due instant lies beyond " + BusinessTimeRange.HORIZON);
    }
}
