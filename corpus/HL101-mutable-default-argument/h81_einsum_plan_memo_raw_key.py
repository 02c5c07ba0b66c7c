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
    def plan(self, subscripts, _memo={}):  # expect: HL101 confirmed
        if subscripts not in _memo:
            inputs, _, output = canonical(subscripts).partition("->")
            operands = tuple(inputs.split(","))
            summed = tuple(sorted(set("".join(operands)) - set(output)))
            _memo[subscripts] = (operands, output, summed)
        return _memo[subscripts]

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
