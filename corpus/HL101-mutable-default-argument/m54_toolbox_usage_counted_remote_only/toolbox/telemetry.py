"""Local usage statistics for `toolbox stats`: which commands and actions get used."""
import functools
from collections import Counter


def counted(func, counts=Counter()):  # expect: HL101 refuted
    @functools.wraps(func)
    def wrapper(repo, args):
        counts[(func.__name__, *args[:1])] += 1
        return func(repo, args)

    wrapper.usage = counts
    return wrapper


def report(usage, limit=5):
    lines = [f"{' '.join(key):<24}{hits:>6}" for key, hits in usage.most_common(limit)]
    return "\n".join(lines) or "no usage recorded"
