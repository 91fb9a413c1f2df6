def by_age(people):
    people.sort()
    return people


def oldest(people):
    return None


def names_by_length(names):
    return sorted(names)
