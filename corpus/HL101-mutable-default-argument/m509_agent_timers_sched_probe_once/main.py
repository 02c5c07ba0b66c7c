"""Cluster agent: one new peer watched per call."""
import itertools

import agenttimers

_nodes = itertools.count()


def scenario():
    n = next(_nodes)
    return agenttimers.watch(f"node-{n}.cluster.local")
