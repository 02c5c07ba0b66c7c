"""Activity feed: the recent-items window is trimmed to self.limit, which configure() sets after construction."""
import itertools


class RecentFeed:
    def __init__(self, title):
        self.title = title

    def configure(self, limit):
        self.limit = limit

    def push(self, item, window=[]):  # expect: HL101 refuted
        window.append(item)
        while len(window) > self.limit:
            window.pop(0)
        return list(window)


_feed = RecentFeed("home")
_feed.configure(5)
_posts = itertools.count()


def scenario():
    n = next(_posts)
    return _feed.push({"post": n, "title": f"post #{n}"})
