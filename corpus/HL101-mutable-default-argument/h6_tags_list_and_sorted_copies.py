"""Blog: tag helpers append to list(...) and sorted(...) copies of their defaults, never to the defaults."""
import itertools


def with_tag(tag, base=["news"]):  # expect: HL101 refuted
    tags = list(base)
    tags.append(tag)
    list(base).append(tag.upper())
    return tags


def display_tags(tag, pinned=["featured", "editor"]):  # expect: HL101 refuted
    shown = sorted(pinned)
    shown.append(tag)
    sorted(pinned).append(tag.title())
    return ", ".join(shown)


_posts = itertools.count()


def scenario():
    n = next(_posts)
    display_tags(f"topic{n}")
    with_tag(f"series{n}")
