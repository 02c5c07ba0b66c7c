"""Ragged array helper: nested lists of samples (as accepted by numpy.block) are flattened depth-first before summarising."""
import itertools
import json
import math


def flatten(nested, prefix=[]):  # expect: HL101 refuted
    out = list(prefix)
    for item in nested:
        if isinstance(item, (list, tuple)):
            out = flatten(item, out)
        else:
            out.append(float(item))
    return out


def block_stats(blocks):
    values = flatten(blocks)
    if not values:
        return 0.0, 0.0
    mean = math.fsum(values) / len(values)
    var = math.fsum((v - mean) ** 2 for v in values) / len(values)
    return mean, math.sqrt(var)


_batches = itertools.count()


def scenario():
    n = next(_batches)
    payload = f'{{"blocks": [[{n}, {n}.5], [[{2 * n}.25], [{n}.75, 3]], 7]}}'
    return block_stats(json.loads(payload)["blocks"])
