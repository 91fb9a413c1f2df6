def flatten(items):
    """Return a new flat list of the values in items, nested lists opened in order."""
    flat = []
    for item in items:
        if isinstance(item, list):
            flat.extend(flatten(item))
        else:
            flat.append(item)
    return flat
