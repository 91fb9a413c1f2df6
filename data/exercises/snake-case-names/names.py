def to_snake(name):
    return name.lower()


def to_camel(name):
    return name


def bad_function_names(source):
    return []
