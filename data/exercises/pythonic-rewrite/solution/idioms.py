from collections import Counter


def pair_up(keys, values):
    return dict(zip(keys, values, strict=True))


def numbered(items):
    return [f"{n}. {item}" for n, item in enumerate(items, start=1)]


def count_words(words):
    return dict(Counter(words))


def has_negative(numbers):
    return any(n < 0 for n in numbers)
