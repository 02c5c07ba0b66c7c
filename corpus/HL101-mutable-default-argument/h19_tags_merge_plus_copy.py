"""Blog post tagging: the default tags are extended with tags derived from the title."""
import itertools


def tag_post(title, base_tags=["blog"]):  # expect: HL101 refuted
    tags = base_tags
    tags = tags + [word.lower() for word in title.split() if len(word) > 4]
    return tags[:5]


_posts = itertools.count()


def scenario():
    n = next(_posts)
    return tag_post(f"Release {n} notes Shipping")
