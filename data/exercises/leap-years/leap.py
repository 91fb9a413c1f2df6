def is_leap(year):
    """True when year is a leap year in the Gregorian calendar."""
    return False


def count_leap_years(start, end):
    """How many leap years from start to end, both included."""
    return 0
