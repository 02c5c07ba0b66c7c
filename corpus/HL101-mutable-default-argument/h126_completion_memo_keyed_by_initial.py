"""Shell completion for a `deploy` CLI: the candidates for the word being
typed come from a sorted command index. The index is bucketed by first
letter and the buckets are memoised in a dict default, then filtered by the
whole typed prefix, so the memo holds at most one entry per initial."""
import itertools

_runs = itertools.count()


class CommandIndex:
    def __init__(self, words):
        self.words = sorted(words, key=lambda w: (len(w), w))

    def starting_with(self, prefix):
        return [w for w in self.words if w.startswith(prefix)]


INDEX = CommandIndex(["deploy", "diff", "describe", "rollback", "logs", "status"]
                     + ["web-%d" % i for i in range(40)])


def complete(prefix, index=INDEX, _memo={}):  # expect: HL101 refuted
    try:
        bucket = _memo[prefix[:1]]
    except KeyError:
        bucket = _memo[prefix[:1]] = tuple(index.starting_with(prefix[:1]))
    return tuple(w for w in bucket if w.startswith(prefix))


def scenario():
    n = next(_runs)
    return complete("web-%d" % n), complete("d")
