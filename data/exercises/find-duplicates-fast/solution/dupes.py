def duplicates(items):
    seen = set()
    found = []
    reported = set()
    for item in items:
        if item in seen and item not in reported:
            found.append(item)
            reported.add(item)
        seen.add(item)
    return found
