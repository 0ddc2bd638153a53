package vn.hcmc.initiatives.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The holidays the Labour Code itself fixes (Bộ luật Lao động 45/2019/QH14, art. 112 cl. 1), used for
 * a year whose official schedule is not (yet) in the data. Where the Code leaves the choice to the
 * Prime Minister, this takes the customary one: Tết is the last day of the lunar year and the first
 * four of the new one, and the day adjacent to 2 September is 1 September. A holiday on a Saturday or
 * Sunday is made up on the next working day (art. 111 cl. 3).
 */
final class StatutoryHolidays {

    static final String LABOUR_CODE = "Bộ luật Lao động 45/2019/QH14, Điều 112 khoản 1";
    static final String COMPENSATION_RULE = "Bộ luật Lao động 45/2019/QH14, Điều 111 khoản 3";

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] TET_DAY_NAMES = {"mùng 1", "mùng 2", "mùng 3", "mùng 4"};

    private final LunarCalendar lunar;

    StatutoryHolidays(LunarCalendar lunar) {
        this.lunar = lunar;
    }

    HolidayYear forYear(int year) {
        List<HolidayYear.Day> holidays = new ArrayList<>();
        holidays.add(day(LocalDate.of(year, 1, 1), "Tết Dương lịch", LABOUR_CODE + " điểm a"));
        LocalDate tet = lunar.toSolar(year, 1, 1, false);
        holidays.add(day(tet.minusDays(1), "Tết Âm lịch (ngày cuối năm âm lịch)", LABOUR_CODE + " điểm b"));
        for (int i = 0; i < TET_DAY_NAMES.length; i++) {
            holidays.add(day(tet.plusDays(i), "Tết Âm lịch (" + TET_DAY_NAMES[i] + ")", LABOUR_CODE + " điểm b"));
        }
        holidays.add(day(lunar.toSolar(year, 3, 10, false), "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
                LABOUR_CODE + " điểm e"));
        holidays.add(day(MonthDay.of(4, 30).atYear(year), "Ngày Chiến thắng", LABOUR_CODE + " điểm c"));
        holidays.add(day(MonthDay.of(5, 1).atYear(year), "Ngày Quốc tế Lao động", LABOUR_CODE + " điểm d"));
        holidays.add(day(MonthDay.of(9, 1).atYear(year), "Quốc khánh (ngày liền kề)", LABOUR_CODE + " điểm đ"));
        holidays.add(day(MonthDay.of(9, 2).atYear(year), "Quốc khánh", LABOUR_CODE + " điểm đ"));
        holidays.sort(Comparator.comparing(HolidayYear.Day::date));

        Set<LocalDate> taken = new HashSet<>();
        holidays.forEach(holiday -> taken.add(holiday.date()));
        List<HolidayYear.Day> daysOff = new ArrayList<>(holidays);
        for (HolidayYear.Day holiday : holidays) {
            if (isWeekend(holiday.date())) {
                LocalDate makeUp = holiday.date().plusDays(1);
                while (isWeekend(makeUp) || taken.contains(makeUp)) {
                    makeUp = makeUp.plusDays(1);
                }
                taken.add(makeUp);
                daysOff.add(day(makeUp, "Nghỉ bù " + holiday.name() + " ngày " + VIETNAMESE_DATE.format(holiday.date()),
                        COMPENSATION_RULE));
            }
        }
        daysOff.sort(Comparator.comparing(HolidayYear.Day::date));
        return new HolidayYear(year, HolidayYear.Status.STATUTORY_ONLY,
                List.of(LABOUR_CODE, COMPENSATION_RULE), List.copyOf(daysOff), List.of());
    }

    private static HolidayYear.Day day(LocalDate date, String name, String source) {
        return new HolidayYear.Day(date, name, source);
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
