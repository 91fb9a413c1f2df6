import re

DATE = re.compile(r"(?<![\w-])(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\w-])")
EMAIL = re.compile(r"[\w.+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")


def find_dates(text):
    return [tuple(int(part) for part in m.groups()) for m in DATE.finditer(text)]


def is_email(text):
    return EMAIL.fullmatch(text) is not None
