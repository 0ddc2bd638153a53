package vn.hcmc.initiatives.deadline;

/**
 * A day of the Vietnamese lunisolar calendar. {@code leapMonth} marks the intercalary month
 * (tháng nhuận) that repeats {@code month}.
 */
record LunarDate(int year, int month, int day, boolean leapMonth) {
}
