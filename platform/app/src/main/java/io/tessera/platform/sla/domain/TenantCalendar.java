package io.tessera.platform.sla.domain;

import io.tessera.platform.sla.calendar.BusinessCalendar;
import io.tessera.platform.sla.calendar.Holiday;
import io.tessera.platform.sla.calendar.SpecialDay;
import io.tessera.platform.sla.calendar.WorkingWindow;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A named business calendar of one tenant (tables in the tenant's schema). What it says is a
 * {@link BusinessCalendar}, validated as a whole before it is stored; the rows below are only its persistent form.
 */
@Entity
@Table(name = "business_calendar")
public class TenantCalendar {

    public static final int MAX_NAME = 100;

    @Id
    private UUID id;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @ElementCollection
    @CollectionTable(name = "business_calendar_window", joinColumns = @JoinColumn(name = "calendar_id"))
    private Set<WeeklyWindowRow> weekly = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "business_calendar_holiday", joinColumns = @JoinColumn(name = "calendar_id"))
    private Set<HolidayRow> holidays = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "business_calendar_special_day", joinColumns = @JoinColumn(name = "calendar_id"))
    private Set<SpecialDayRow> specialDays = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "business_calendar_special_window", joinColumns = @JoinColumn(name = "calendar_id"))
    private Set<SpecialWindowRow> specialWindows = new HashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @Transient
    private BusinessCalendar definition;

    protected TenantCalendar() {
    }

    public static TenantCalendar create(String name, BusinessCalendar definition, Instant now) {
        TenantCalendar c = new TenantCalendar();
        c.id = UUID.randomUUID();
        c.createdAt = now;
        c.redefine(name, definition, now);
        return c;
    }

    /** Replaces name and definition as a whole. */
    public void redefine(String newName, BusinessCalendar newDefinition, Instant now) {
        String n = newName == null ? "" : newName.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new IllegalArgumentException("name must be 1.." + MAX_NAME + " characters");
        }
        name = n;
        timeZone = newDefinition.zone().getId();
        weekly.clear();
        holidays.clear();
        specialDays.clear();
        specialWindows.clear();
        for (Map.Entry<DayOfWeek, List<WorkingWindow>> day : newDefinition.weekly().entrySet()) {
            for (WorkingWindow w : day.getValue()) {
                weekly.add(new WeeklyWindowRow((short) day.getKey().getValue(), w.startSecond(), w.endSecond()));
            }
        }
        for (Holiday h : newDefinition.holidays()) {
            holidays.add(new HolidayRow(h.date(), h.name()));
        }
        for (SpecialDay s : newDefinition.specialDays()) {
            specialDays.add(new SpecialDayRow(s.date(), s.name()));
            for (WorkingWindow w : s.windows()) {
                specialWindows.add(new SpecialWindowRow(s.date(), w.startSecond(), w.endSecond()));
            }
        }
        updatedAt = now;
        definition = newDefinition;
    }

    /** What the calendar says, rebuilt from its rows once per loaded instance. */
    public BusinessCalendar definition() {
        if (definition == null) {
            BusinessCalendar.Builder b = BusinessCalendar.builder().zone(timeZone);
            for (DayOfWeek d : DayOfWeek.values()) {
                List<WorkingWindow> windows = new ArrayList<>();
                weekly.stream().filter(r -> r.weekday() == d.getValue())
                        .forEach(r -> windows.add(new WorkingWindow(r.startSecond(), r.endSecond())));
                b.weekly(d, windows);
            }
            holidays.forEach(h -> b.holiday(h.day(), h.name()));
            for (SpecialDayRow s : specialDays) {
                List<WorkingWindow> windows = specialWindows.stream().filter(w -> w.day().equals(s.day()))
                        .map(w -> new WorkingWindow(w.startSecond(), w.endSecond())).toList();
                b.specialDay(s.day(), s.name(), windows);
            }
            definition = b.build();
        }
        return definition;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String timeZone() {
        return timeZone;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    @Embeddable
    public record WeeklyWindowRow(@Column(name = "weekday") short weekday,
                                  @Column(name = "start_second") int startSecond,
                                  @Column(name = "end_second") int endSecond) {
    }

    @Embeddable
    public record HolidayRow(@Column(name = "day") LocalDate day, @Column(name = "name") String name) {
    }

    @Embeddable
    public record SpecialDayRow(@Column(name = "day") LocalDate day, @Column(name = "name") String name) {
    }

    @Embeddable
    public record SpecialWindowRow(@Column(name = "day") LocalDate day,
                                   @Column(name = "start_second") int startSecond,
                                   @Column(name = "end_second") int endSecond) {
    }
}
