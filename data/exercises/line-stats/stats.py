def line_stats(path):
    return {"lines": 0, "blank": 0, "words": 0}


def write_summary(source, target):
    pass
