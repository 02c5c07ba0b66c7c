"""Shell completion for a `deploy` CLI: the candidates for the word being
typed come from a sorted command index, and each answer is memoised in a dict
default keyed by the whole typed prefix. Host names carry build numbers, so
every completion request brings a prefix the memo has not seen before."""
import itertools

_runs = itertools.count()


class CommandIndex:
    def __init__(self, words):
        self.words = sorted(words, key=lambda w: (len(w), w))

    def starting_with(self, prefix):
        return [w for w in self.words if w.startswith(prefix)]


INDEX = CommandIndex(["deploy", "diff", "describe", "rollback", "logs", "status"]
                     + ["web-%d" % i for i in range(40)])


def complete(prefix, index=INDEX, _memo={}):  # expect: HL101 confirmed
    try:
        return _memo[prefix]
    except KeyError:
        found = _memo[prefix] = tuple(index.starting_with(prefix))
        return found


def scenario():
    n = next(_runs)
    return complete("web-%d" % n), complete("d")
