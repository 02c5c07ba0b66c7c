"""Comment moderation: configure() installs a blocklist (a default list of
starter words) on the filter, and moderate() learns new blocked words by
appending to self.blocked. configure() copies the default, so each filter
learns into its own list and the default itself never changes."""
import itertools


class SpamFilter:
    def configure(self, blocked=["casino", "lottery"], strict=False):  # expect: HL101 refuted
        self.blocked = list(blocked)
        self.strict = strict

    def moderate(self, comment, reported_word):
        if self.strict or reported_word not in self.blocked:
            self.blocked.append(reported_word)
        return not any(word in comment for word in self.blocked)


_comments = itertools.count()


def scenario():
    n = next(_comments)
    spam_filter = SpamFilter()
    spam_filter.configure()
    return spam_filter.moderate("great post number %d" % n, "promo-code-%08d" % n)
