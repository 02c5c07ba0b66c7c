"""Document tagger: hashtags are gathered into a default list through a module-level helper that extends whatever bucket it is given."""
import itertools
import re

_WORD = re.compile(r"#(\w+)")


def _collect(bucket, values):
    bucket.extend(v.lower() for v in values)
    return bucket


def extract_tags(text, found=[]):  # expect: HL101 confirmed
    tags = _collect(found, _WORD.findall(text))
    return tags[-2:]


_posts = itertools.count()


def scenario():
    n = next(_posts)
    return extract_tags(f"Shipping #Release{n} today #changelog")
