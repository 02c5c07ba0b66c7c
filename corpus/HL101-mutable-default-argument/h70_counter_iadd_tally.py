"""Log analytics: hashtags from several feeds are chained together and tallied with collections.Counter."""
import collections
import itertools
import re

_HASHTAG = re.compile(r"#(\w+)")


def hashtags(posts):
    for post in posts:
        for tag in _HASHTAG.findall(post):
            yield tag.lower()


def trending(*feeds, limit=5, counts=collections.Counter()):  # expect: HL101 confirmed
    counts += collections.Counter(hashtags(itertools.chain.from_iterable(feeds)))
    return [tag for tag, _ in counts.most_common(limit)]


_hours = itertools.count()


def scenario():
    n = next(_hours)
    web = [f"Launch day #Release{n} #python", f"Patch notes #Fix{n}"]
    mobile = [f"Loving it #release{n}", f"#Beta{n} feedback thread"]
    return trending(web, mobile)
