"""APM agent: keeps latency samples sorted with bisect.insort to read the p95 cheaply."""
import bisect
import itertools


def observe(latency_ms, samples=[]):  # expect: HL101 confirmed
    bisect.insort(samples, latency_ms)
    return samples[len(samples) * 95 // 100]


_requests = itertools.count()


def scenario():
    n = next(_requests)
    observe(12.5 + (n * 7919 % 1000) / 10)
