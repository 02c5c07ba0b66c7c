"""Feed merger: items from several sources are de-duplicated with the itertools recipe."""
import itertools


def unique_ids(items, _seen=set()):  # expect: HL101 confirmed
    seen_add = _seen.add
    return [x for x in items if not (x in _seen or seen_add(x))]


def merge(*sources):
    return unique_ids(itertools.chain.from_iterable(sources))


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return merge([f"post{n}", f"post{n + 1}"], [f"post{n}"])
