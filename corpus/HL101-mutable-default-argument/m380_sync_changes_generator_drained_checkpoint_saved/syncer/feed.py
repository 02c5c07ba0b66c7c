"""A change feed and iter_changes(), which checkpoints the cursor once fully read."""


class Feed:
    def __init__(self, name, changes):
        self.name, self.changes, self.cursor = name, list(changes), 0

    def changes_since(self, cursor):
        for offset, change in enumerate(self.changes[cursor:], start=cursor + 1):
            self.cursor = offset
            yield change


def iter_changes(feed, since=0, _checkpoints=[]):  # expect: HL101 confirmed
    for change in feed.changes_since(since):
        yield change
    _checkpoints.append((feed.name, feed.cursor))
