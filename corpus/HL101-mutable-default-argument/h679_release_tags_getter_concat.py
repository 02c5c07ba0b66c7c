"""Release bookkeeping: a Release keeps its labels behind a getter, and
`tag_release` adds the channel label by storing a new list built from what
the getter hands back. The default list is only read, never appended to."""
import itertools

_builds = itertools.count(1)


class Release:
    def __init__(self, version, tags=[]):  # expect: HL101 refuted
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
    release.set_tags(release.get_tags() + [label])
    return release


def scenario():
    n = next(_builds)
    rel = tag_release(Release("1.%d.0" % n), "beta")
    return rel.describe()
