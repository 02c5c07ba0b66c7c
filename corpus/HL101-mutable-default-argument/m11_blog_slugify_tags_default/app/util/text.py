"""Text helpers shared by the blog models."""
import re
import unicodedata


def slugify(title, taken=set()):  # expect: HL101 confirmed
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-") or "item"
    slug, suffix = base, 2
    while slug in taken:
        slug, suffix = f"{base}-{suffix}", suffix + 1
    taken.add(slug)
    return slug


def truncate(text, width=60):
    return text if len(text) <= width else text[: width - 1] + "…"
