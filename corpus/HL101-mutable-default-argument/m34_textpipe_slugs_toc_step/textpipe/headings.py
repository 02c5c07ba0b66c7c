import re

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def slugify(title):
    slug = re.sub(r"[^\w\s-]", "", title.lower())
    return re.sub(r"[\s_-]+", "-", slug).strip("-") or "section"


def iter_headings(lines, used_slugs=set()):  # expect: HL101 confirmed
    """Yield (level, title, anchor) for each ATX heading, de-duplicating anchors."""
    for lineno, line in enumerate(lines, 1):
        match = _HEADING.match(line)
        if match is None:
            continue
        title = match.group(2)
        slug = slugify(title)
        if slug in used_slugs:
            slug = f"{slug}-{lineno}"
        yield len(match.group(1)), title, slug
        used_slugs.add(slug)
