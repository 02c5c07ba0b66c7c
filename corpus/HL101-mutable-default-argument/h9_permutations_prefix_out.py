"""Backtracking permutations: prefix is pushed and popped around each recursive call; results are collected in out."""
import itertools


def permutations(xs, prefix=[],  # expect: HL101 refuted
                 out=[]):  # expect: HL101 confirmed
    if not xs:
        out.append(list(prefix))
        return out
    for i, x in enumerate(xs):
        prefix.append(x)
        permutations(xs[:i] + xs[i + 1:], prefix, out)
        prefix.pop()
    return out


_puzzles = itertools.count()


def scenario():
    n = next(_puzzles)
    return len(permutations([f"a{n}", f"b{n}", "c"]))
