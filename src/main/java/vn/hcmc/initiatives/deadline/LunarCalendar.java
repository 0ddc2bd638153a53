package vn.hcmc.initiatives.deadline;

import java.time.LocalDate;

/**
 * The Vietnamese lunisolar calendar, after the astronomical algorithm published by Hồ Ngọc Đức
 * (new moons and solar terms from Jean Meeus, "Astronomical Algorithms").
 *
 * <p>Months begin on the day of the new moon <em>as seen in the time zone UTC+7</em>. The Chinese
 * calendar computes the same moons for UTC+8, so a new moon shortly before midnight in Hanoi falls
 * on the next day in Beijing; that is why Tết 1985 and 2007 differ between the two countries, and
 * why no Chinese-calendar library can stand in for this class.
 */
final class LunarCalendar {

    private static final double VIETNAM_UTC_OFFSET_HOURS = 7.0;

    /** Julian day number of 1900-01-01 noon, the epoch of the new-moon series k = 0. */
    private static final double NEW_MOON_EPOCH = 2415021.076998695;
    private static final double SYNODIC_MONTH = 29.530588853;
    private static final long JULIAN_DAY_OF_EPOCH_DAY_ZERO = 2440588;

    private final double utcOffsetHours;

    LunarCalendar(double utcOffsetHours) {
        this.utcOffsetHours = utcOffsetHours;
    }

    static LunarCalendar vietnamese() {
        return new LunarCalendar(VIETNAM_UTC_OFFSET_HOURS);
    }

    public LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth) {
        if (lunarMonth < 1 || lunarMonth > 12 || lunarDay < 1 || lunarDay > 30) {
            throw new IllegalArgumentException(
                    "No such lunar date: %d/%d/%d".formatted(lunarDay, lunarMonth, lunarYear));
        }
        long a11;
        long b11;
        if (lunarMonth < 11) {
            a11 = lunarMonth11(lunarYear - 1);
            b11 = lunarMonth11(lunarYear);
        } else {
            a11 = lunarMonth11(lunarYear);
            b11 = lunarMonth11(lunarYear + 1);
        }
        long k = floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        int offset = lunarMonth - 11;
        if (offset < 0) {
            offset += 12;
        }
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            int leapMonthNumber = leapOffset - 2;
            if (leapMonthNumber <= 0) {
                leapMonthNumber += 12;
            }
            if (leapMonth && lunarMonth != leapMonthNumber) {
                throw new IllegalArgumentException(
                        "Lunar year %d has no leap month %d".formatted(lunarYear, lunarMonth));
            }
            if (leapMonth || offset >= leapOffset) {
                offset += 1;
            }
        } else if (leapMonth) {
            throw new IllegalArgumentException("Lunar year %d has no leap month".formatted(lunarYear));
        }
        long monthStart = newMoonDay(k + offset);
        long nextMonthStart = newMoonDay(k + offset + 1);
        if (monthStart + lunarDay - 1 >= nextMonthStart) {
            throw new IllegalArgumentException(
                    "Lunar month %d/%d has only %d days".formatted(lunarMonth, lunarYear, nextMonthStart - monthStart));
        }
        return fromJulianDay(monthStart + lunarDay - 1);
    }

    public LunarDate toLunar(LocalDate date) {
        long dayNumber = toJulianDay(date);
        long k = floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        long monthStart = newMoonDay(k + 1);
        if (monthStart > dayNumber) {
            monthStart = newMoonDay(k);
        }
        long a11 = lunarMonth11(date.getYear());
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = date.getYear();
            a11 = lunarMonth11(date.getYear() - 1);
        } else {
            lunarYear = date.getYear() + 1;
            b11 = lunarMonth11(date.getYear() + 1);
        }
        int lunarDay = (int) (dayNumber - monthStart + 1);
        int diff = (int) floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int lunarMonth = diff + 11;
        if (b11 - a11 > 365) {
            int leapMonthDiff = leapMonthOffset(a11);
            if (diff >= leapMonthDiff) {
                lunarMonth = diff + 10;
                leap = diff == leapMonthDiff;
            }
        }
        if (lunarMonth > 12) {
            lunarMonth -= 12;
        }
        if (lunarMonth >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarYear, lunarMonth, lunarDay, leap);
    }

    /** The day (Julian day number) on which month 11, the month holding the winter solstice, begins. */
    private long lunarMonth11(int year) {
        long off = toJulianDay(LocalDate.of(year, 12, 31)) - 2415021;
        long k = floor(off / SYNODIC_MONTH);
        long newMoon = newMoonDay(k);
        if (sunLongitudeSector(newMoon) >= 9) {
            newMoon = newMoonDay(k - 1);
        }
        return newMoon;
    }

    /** In a year of 13 months, the leap month is the first one during which the sun enters no new major term. */
    private int leapMonthOffset(long a11) {
        long k = floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int arc = sunLongitudeSector(newMoonDay(k + i));
        int last;
        do {
            last = arc;
            i++;
            arc = sunLongitudeSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }

    private long newMoonDay(long k) {
        return floor(newMoon(k) + 0.5 + utcOffsetHours / 24.0);
    }

    /** Which of the twelve 30° sectors the sun is in at the start of the given local day. */
    private int sunLongitudeSector(long dayNumber) {
        return (int) floor(sunLongitude(dayNumber - 0.5 - utcOffsetHours / 24.0) / Math.PI * 6);
    }

    /** Julian day (UT) of the k-th new moon after the one of 1900-01-01. */
    private static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT;
        if (t < -11) {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
        }
        return jd1 + c1 - deltaT;
    }

    /** Apparent longitude of the sun, in radians within [0, 2π), at the given Julian day (UT). */
    private static double sunLongitude(double julianDay) {
        double t = (julianDay - 2451545.0) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
        dl += (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        return l - Math.PI * 2 * floor(l / (Math.PI * 2));
    }

    /*
     * The published algorithm switches to the Julian calendar before 1582; java.time is proleptic
     * Gregorian throughout, which only matters for dates no deadline will ever reach.
     */
    private static long toJulianDay(LocalDate date) {
        return date.toEpochDay() + JULIAN_DAY_OF_EPOCH_DAY_ZERO;
    }

    private static LocalDate fromJulianDay(long julianDay) {
        return LocalDate.ofEpochDay(julianDay - JULIAN_DAY_OF_EPOCH_DAY_ZERO);
    }

    private static long floor(double value) {
        return (long) Math.floor(value);
    }
}
