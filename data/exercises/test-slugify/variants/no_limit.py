import re


def slugify(text, max_length=50):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
