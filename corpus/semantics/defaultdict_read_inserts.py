"""Reading a missing key of a defaultdict inserts it: `d[k]` alone grows the dict."""
# retains: yes
import collections
import itertools

INDEX = collections.defaultdict(list)
_ids = itertools.count()


def postings(term):
    return len(INDEX[term])


def scenario():
    postings(f"term-{next(_ids)}")
