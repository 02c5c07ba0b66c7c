"""Manufacturing BOM: computes the shipping weight of an assembly. Parts are
Part objects shared between sub-assemblies, so the recursive weigher
memoises each part's weight in a dict default keyed by the Part instance.
The memo is never reset, so every Part ever weighed is kept alive."""
import itertools

_ids = itertools.count()


class Part:
    def __init__(self, code, grams, children=()):
        self.code = code
        self.grams = grams
        self.children = list(children)


def total_grams(part, memo={}):  # expect: HL101 confirmed
    if part in memo:
        return memo[part]
    weight = part.grams + sum(total_grams(child, memo) for child in part.children)
    memo[part] = weight
    return weight


def scenario():
    n = next(_ids)
    screw = Part(f"screw-{n}", 2)
    hinge = Part(f"hinge-{n}", 40, [screw, screw])
    door = Part(f"door-{n}", 900, [hinge, hinge, screw])
    return total_grams(door)
