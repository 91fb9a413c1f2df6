def duplicates(items):
    found = []
    for i, item in enumerate(items):
        if item not in found and items[:i + 1].count(item) == 2:
            found.append(item)
    return found
