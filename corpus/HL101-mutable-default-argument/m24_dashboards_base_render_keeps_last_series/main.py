"""Ops dashboard: renders the latency panel for each deploy."""
import itertools

from dashboards import LatencyPanel

_deploys = itertools.count()


def scenario():
    n = next(_deploys)
    return LatencyPanel(f"deploy-{n:05d}").build()
