"""Signal conditioning: samples outside the ADC range are clipped, and a context manager collects one block's clip events."""
import contextlib
import itertools
import logging

log = logging.getLogger("daq.condition")
ADC_MIN, ADC_MAX = -2048, 2047


@contextlib.contextmanager
# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 26 (heaplint: unknown)
def clip_events(events=[]):  # expect: HL101 refuted
    mark = len(events)
    yield events
    log.debug("clipped %d samples", len(events) - mark)
    del events[mark:]


def clip(i, sample, events):
    if ADC_MIN <= sample <= ADC_MAX:
        return sample
    events.append((i, sample))
    return ADC_MIN if sample < ADC_MIN else ADC_MAX


def condition(block):
    with clip_events() as events:
        mark = len(events)
        out = [clip(i, s, events) for i, s in enumerate(block)]
        worst = max((abs(s) for _, s in events[mark:]), default=0)
    return out, worst


_blocks = itertools.count()


def scenario():
    n = next(_blocks)
    block = [n * 37 % 4000 - 2000, ADC_MAX + 1000 * n, -n, ADC_MIN - 7 * n - 1]
    return condition(block)
