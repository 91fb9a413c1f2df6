def long_words(words, n):
    return [w for w in words if len(w) > n]


def lengths(words):
    return {w.lower(): len(w) for w in words}


def initials(words):
    return {w[0].lower() for w in words if w}
