def parse(text):
    result = {}
    for line in text.splitlines():
        name, _, version = line.partition("==")
        result[name] = version
    return result


def unpinned(text):
    return []
