import re


def slugify(text, max_length=50):
    """A URL slug of text: lower case; letters and digits kept; every run of other characters
    becomes one dash; no dash at either end; at most max_length characters, cut at a dash when
    possible, and never ending with one."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(slug) > max_length:
        cut = slug[:max_length]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut
    return slug.strip("-")
