def insertion_point(items, target):
    for i, item in enumerate(items):
        if item >= target:
            return i
    return len(items)


def contains(items, target):
    return target in items
