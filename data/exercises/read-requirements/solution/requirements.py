import re

SPEC = re.compile(r"^([A-Za-z0-9._-]+)(\[[^\]]*\])?\s*(.*)$")


def parse(text):
    result = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("-"):
            continue
        m = SPEC.match(line)
        if not m:
            continue
        name = m.group(1).lower().replace("_", "-")
        result[name] = m.group(3).replace(" ", "")
    return result


def unpinned(text):
    return sorted(name for name, spec in parse(text).items() if not (spec.startswith("==") and "," not in spec))
