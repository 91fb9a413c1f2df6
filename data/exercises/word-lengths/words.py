def long_words(words, n):
    result = []
    return result


def lengths(words):
    return {}


def initials(words):
    return set()
