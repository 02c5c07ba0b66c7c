"""Release bookkeeping: a Release keeps its labels behind a getter, and
`tag_release` adds the channel label by appending to the list the getter
hands back. Releases cut without explicit tags all share the constructor's
default list, so every channel label ever added piles up in it."""
import itertools

_builds = itertools.count(1)


class Release:
    def __init__(self, version, tags=[]):  # expect: HL101 confirmed
        self.version = version
        self._tags = tags

    def get_tags(self):
        return self._tags

    def set_tags(self, tags):
        self._tags = tags

    def describe(self):
        return "%s [%s]" % (self.version, ", ".join(self.get_tags()))


def tag_release(release, channel):
    label = "%s-channel:%s" % (channel, release.version)
    release.get_tags().append(label)
    return release


def scenario():
    n = next(_builds)
    rel = tag_release(Release("1.%d.0" % n), "beta")
    return rel.describe()
