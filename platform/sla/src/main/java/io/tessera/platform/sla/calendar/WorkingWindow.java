package io.tessera.platform.sla.calendar;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of local wall-clock time within one day, half-open {@code [start, end)}, to the second. The end may be
 * {@code 24:00}, the end of the day. A window never crosses midnight: an overnight shift is two windows, one on each
 * date.
 *
 * @param startSecond second of the day the window opens, 0..86399
 * @param endSecond   second of the day it closes (exclusive), startSecond+1..86400
 */
public record WorkingWindow(int startSecond, int endSecond) implements Comparable<WorkingWindow> {

    public static final int DAY_SECONDS = 86_400;
    /** The whole day, {@code 00:00–24:00}. */
    public static final WorkingWindow ALL_DAY = new WorkingWindow(0, DAY_SECONDS);

    private static final Pattern TIME = Pattern.compile("(\\d{2}):(\\d{2})(?::(\\d{2}))?");

    public WorkingWindow {
        if (startSecond < 0 || startSecond >= DAY_SECONDS || endSecond > DAY_SECONDS) {
            throw new InvalidCalendarException(CalendarViolation.of("", "invalid-time"));
        }
        if (endSecond <= startSecond) {
            throw new InvalidCalendarException(CalendarViolation.of("", "window-end-not-after-start",
                    format(startSecond), format(endSecond)));
        }
    }

    public static WorkingWindow of(LocalTime start, LocalTime end) {
        return new WorkingWindow(start.toSecondOfDay(), end.toSecondOfDay());
    }

    /** From {@code start} to the end of the day ({@code 24:00}). */
    public static WorkingWindow untilEndOfDay(LocalTime start) {
        return new WorkingWindow(start.toSecondOfDay(), DAY_SECONDS);
    }

    /**
     * Parses {@code HH:mm} or {@code HH:mm:ss} times; {@code 24:00} is allowed as the end only.
     *
     * @throws InvalidCalendarException with code {@code invalid-time} or {@code window-end-not-after-start}
     */
    public static WorkingWindow parse(String start, String end) {
        int s = parseTime(start, false);
        int e = parseTime(end, true);
        return new WorkingWindow(s, e);
    }

    private static int parseTime(String text, boolean end) {
        Matcher m = text == null ? null : TIME.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new InvalidCalendarException(CalendarViolation.of("", "invalid-time", String.valueOf(text)));
        }
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        int sec = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        boolean endOfDay = end && h == 24 && min == 0 && sec == 0;
        if (!endOfDay && (h > 23 || min > 59 || sec > 59)) {
            throw new InvalidCalendarException(CalendarViolation.of("", "invalid-time", text));
        }
        return h * 3600 + min * 60 + sec;
    }

    public boolean overlaps(WorkingWindow other) {
        return startSecond < other.endSecond && other.startSecond < endSecond;
    }

    /** Whether the local time of day {@code secondOfDay} lies in {@code [start, end)}. */
    public boolean contains(int secondOfDay) {
        return secondOfDay >= startSecond && secondOfDay < endSecond;
    }

    public LocalTime start() {
        return LocalTime.ofSecondOfDay(startSecond);
    }

    /** The closing time, or {@code null} for the end of the day (24:00). */
    public LocalTime endOrNull() {
        return endSecond == DAY_SECONDS ? null : LocalTime.ofSecondOfDay(endSecond);
    }

    public boolean endsAtEndOfDay() {
        return endSecond == DAY_SECONDS;
    }

    /** {@code HH:mm}, or {@code HH:mm:ss} when the start has seconds. */
    public String startText() {
        return format(startSecond);
    }

    /** {@code HH:mm}, {@code HH:mm:ss} or {@code 24:00}. */
    public String endText() {
        return format(endSecond);
    }

    static String format(int secondOfDay) {
        int h = secondOfDay / 3600;
        int m = secondOfDay / 60 % 60;
        int s = secondOfDay % 60;
        return s == 0 ? String.format("%02d:%02d", h, m) : String.format("%02d:%02d:%02d", h, m, s);
    }

    @Override
    public int compareTo(WorkingWindow o) {
        return startSecond != o.startSecond ? Integer.compare(startSecond, o.startSecond)
                : Integer.compare(endSecond, o.endSecond);
    }

    @Override
    public String toString() {
        return startText() + "–" + endText();
    }
}
