def greet(name, *, greeting="Hello", punctuation="!"):
    return f"{greeting}, {name}{punctuation}"


def total(*numbers, start=0):
    return start + sum(numbers)


def tagged(tag, items=None):
    return [f"{tag}:{item}" for item in (items or [])]
