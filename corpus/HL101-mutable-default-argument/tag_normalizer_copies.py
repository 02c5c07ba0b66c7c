"""Blog tag normaliser: the default tag list is copied before it is extended."""
import itertools


def normalize_tags(raw, defaults=["blog"]):  # expect: HL101 refuted
    tags = list(defaults)
    tags.extend(part.strip().lower() for part in raw.split(","))
    return sorted(set(tags))


_posts = itertools.count()


def scenario():
    n = next(_posts)
    normalize_tags(f"Python, Memory, post-{n}")
