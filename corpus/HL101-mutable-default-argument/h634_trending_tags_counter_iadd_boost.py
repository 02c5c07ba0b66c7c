"""Trending panel: a post's hashtags are counted and combined with the
editorial `boost` default before picking the top three. Counter defines
__iadd__, so `boost += tags` updates the default Counter in place (and every
post's issue tag becomes a permanent key) rather than making a new one."""
import collections
import itertools

_posts = itertools.count()


def top_tags(text, boost=collections.Counter({"release": 3, "security": 2})):  # expect: HL101 confirmed
    tags = collections.Counter(
        word.strip("#.,!").lower() for word in text.split() if word.startswith("#")
    )
    boost += tags
    return [tag for tag, _ in boost.most_common(3)]


def scenario():
    n = next(_posts)
    return top_tags(f"Fixed #issue{n} before the #release, see #changelog-{n % 4}!")
