def greet(name, greeting="Hello", punctuation="!"):
    return f"{greeting} {name}{punctuation}"


def total(numbers, start=0):
    return start


def tagged(tag, items=[]):
    for item in list(items):
        items.append(f"{tag}:{item}")
    return items
