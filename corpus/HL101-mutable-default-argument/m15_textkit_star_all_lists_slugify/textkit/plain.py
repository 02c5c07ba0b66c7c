import re

__all__ = ["slugify", "normalize_space"]


def slugify(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def normalize_space(text):
    return " ".join(text.split())
