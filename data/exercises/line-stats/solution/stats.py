def line_stats(path):
    lines = blank = words = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            lines += 1
            if not line.strip():
                blank += 1
            words += len(line.split())
    return {"lines": lines, "blank": blank, "words": words}


def write_summary(source, target):
    s = line_stats(source)
    with open(target, "w", encoding="utf-8") as f:
        f.write(f"lines={s['lines']} blank={s['blank']} words={s['words']}\n")
