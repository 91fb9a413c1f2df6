def by_age(people):
    return sorted(people, key=lambda p: (p["age"], p["name"]))


def oldest(people):
    if not people:
        return None
    return min(people, key=lambda p: (-p["age"], p["name"]))["name"]


def names_by_length(names):
    return sorted(names, key=lambda n: (len(n), n))
