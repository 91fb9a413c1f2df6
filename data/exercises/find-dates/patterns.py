import re


def find_dates(text):
    return []


def is_email(text):
    return "@" in text
