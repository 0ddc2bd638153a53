package vn.hcmc.initiatives.deadline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Working days (ngày làm việc) of Vietnamese public agencies: Monday to Friday, except public
 * holidays and official days off, plus the Saturdays or Sundays the government declares working days
 * in exchange for a bridge day.
 *
 * <p>A year's schedule comes from its data file when there is one, which then replaces the statutory
 * computation for that whole year; otherwise from the Labour Code alone. Every deadline of the
 * procedure (D73 art. 8, 18) counts days this way.
 */
@Component
public class WorkingDayCalendar {

    /** The zone in which a day of the procedure begins and ends. */
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final HolidayCalendarData data;
    private final StatutoryHolidays statutory = new StatutoryHolidays(LunarCalendar.vietnamese());
    private final Map<Integer, YearRules> rulesByYear = new ConcurrentHashMap<>();

    WorkingDayCalendar(HolidayCalendarData data) {
        this.data = data;
    }

    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        YearRules rules = rulesFor(date.getYear());
        if (rules.workingWeekendDays().contains(date)) {
            return true;
        }
        return !StatutoryHolidays.isWeekend(date) && !rules.daysOff().contains(date);
    }

    /** The {@code n}-th working day after {@code start}; {@code start} itself never counts. */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        return stepWorkingDays(start, n, 1);
    }

    /** The {@code n}-th working day before {@code start}; {@code start} itself never counts. */
    public LocalDate subtractWorkingDays(LocalDate start, int n) {
        return stepWorkingDays(start, n, -1);
    }

    private LocalDate stepWorkingDays(LocalDate start, int n, int direction) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("Working days must not be negative: " + n);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(direction);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days in ({@code fromExclusive}, {@code toInclusive}]; negative when the range runs backwards. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The last working day allowed for something received at {@code receivedAt}. */
    public LocalDate dueDate(Date receivedAt, int workingDays) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        return addWorkingDays(receivedAt.toInstant().atZone(ZONE).toLocalDate(), workingDays);
    }

    /**
     * The moment a deadline of {@code workingDays} passes: the start of the day after the due day, so the
     * whole due day is allowed. Meant for a BPMN timer, e.g.
     * {@code timeDate="${workingDayCalendar.deadlineAfter(receivedAt, 7)}"}.
     */
    public Date deadlineAfter(Date receivedAt, int workingDays) {
        LocalDate due = dueDate(receivedAt, workingDays);
        return Date.from(due.plusDays(1).atStartOfDay(ZONE).toInstant());
    }

    private YearRules rulesFor(int year) {
        return rulesByYear.computeIfAbsent(year,
                y -> YearRules.of(data.year(y).orElseGet(() -> statutory.forYear(y))));
    }

    private record YearRules(Set<LocalDate> daysOff, Set<LocalDate> workingWeekendDays) {

        static YearRules of(HolidayYear year) {
            return new YearRules(dates(year.daysOff()), dates(year.workingWeekendDays()));
        }

        private static Set<LocalDate> dates(List<HolidayYear.Day> days) {
            return days.stream().map(HolidayYear.Day::date).collect(Collectors.toUnmodifiableSet());
        }
    }
}
