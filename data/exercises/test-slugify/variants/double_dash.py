import re


def slugify(text, max_length=50):
    slug = re.sub(r"[^a-z0-9]", "-", text.lower()).strip("-")
    if len(slug) > max_length:
        cut = slug[:max_length]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut
    return slug.strip("-")
