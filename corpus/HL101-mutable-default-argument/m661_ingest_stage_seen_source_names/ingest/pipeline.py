import functools

from . import stages


def compose(*steps):
    """Chain generator stages left to right into one callable."""
    return lambda items: functools.reduce(lambda acc, step: step(acc), steps, items)


def run_pipeline(events):
    flow = compose(stages.normalise, stages.first_seen, stages.enrich)
    return sum(1 for _ in flow(events))
