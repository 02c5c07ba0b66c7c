"""Post metadata helpers."""
from . import util


def slugify(text):
    return "-".join(text.lower().split())


def normalize_tags(raw, base_tags=[]):  # expect: HL101 refuted
    tags = [slugify(part) for part in raw.split(",") if part.strip()]
    if not tags and not base_tags:
        return ["untagged"]
    return util.merge_into(base_tags, tags)
