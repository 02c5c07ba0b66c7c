"""Front-page feed: the most recent posts only."""
import collections

_recent = collections.deque(maxlen=10)


def push(post):
    _recent.appendleft(post)


def latest(count=5):
    return [post["title"] for post in list(_recent)[:count]]
