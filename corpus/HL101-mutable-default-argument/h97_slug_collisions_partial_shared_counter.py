"""Blog slugs: `slugify` counts how often each base slug was handed out in a
default `Counter` and appends `-2`, `-3`, ... on collisions. The CMS binds
`max_len` with `functools.partial` and otherwise relies on the default, so
every title ever published adds its base slug to the shared counter."""
import functools
import itertools
import re
from collections import Counter

WORD = re.compile(r"[a-z0-9]+")


def slugify(title, max_len=60, sep="-", taken=Counter()):  # expect: HL101 confirmed
    base = sep.join(WORD.findall(title.lower()))[:max_len].strip(sep) or "post"
    taken[base] += 1
    count = taken[base]
    return base if count == 1 else "{}{}{}".format(base, sep, count)


post_slug = functools.partial(slugify, max_len=40)


def publish(titles):
    return {post_slug(title): title for title in titles}


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return publish(["Weekly digest #%d" % n, "Release notes %d.%d" % (n // 10, n % 10), "Weekly digest #%d" % n])
