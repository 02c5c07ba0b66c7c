"""Shape planning for einsum-style subscripts, with plans memoised per subscript pattern."""
import itertools
import string


def canonical(subscripts):
    mapping = {}
    out = []
    for ch in subscripts:
        if ch.isalpha():
            ch = mapping.setdefault(ch, string.ascii_lowercase[len(mapping)])
        out.append(ch)
    return "".join(out)


class ContractionPlanner:
    # heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 10, 19, 31 (heaplint: unknown)
    def plan(self, subscripts, _memo={}):  # expect: HL101 refuted
        key = canonical(subscripts)
        if key not in _memo:
            inputs, _, output = key.partition("->")
            operands = tuple(inputs.split(","))
            summed = tuple(sorted(set("".join(operands)) - set(output)))
            _memo[key] = (operands, output, summed)
        return _memo[key]

    def output_shape(self, subscripts, *shapes):
        operands, output, _ = self.plan(subscripts)
        sizes = {}
        for letters, shape in zip(operands, shapes):
            sizes.update(zip(letters, shape))
        return tuple(sizes[c] for c in output)


planner = ContractionPlanner()
_labels = itertools.permutations(string.ascii_letters, 3)
_sizes = itertools.count(2)


def scenario():
    i, j, k = next(_labels)
    n = next(_sizes)
    return planner.output_shape(f"{i}{j},{j}{k}->{i}{k}", (n, 4), (4, n + 1))
