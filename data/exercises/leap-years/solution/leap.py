def is_leap(year):
    """True when year is a leap year in the Gregorian calendar."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def count_leap_years(start, end):
    """How many leap years from start to end, both included."""
    return sum(1 for year in range(start, end + 1) if is_leap(year))
