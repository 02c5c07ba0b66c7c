"""Tracing: a span sampler keeps sampled span names in a default list until
it holds self.limit of them. The class-level limit is 0 (sampling off), but
scenario() calls configure() with a large limit first, so every sampled span
is appended to the shared default list and it keeps growing."""
import itertools


class SpanSampler:
    limit = 0

    def __init__(self, service):
        self.service = service

    def configure(self, limit):
        self.limit = limit

    def sample(self, span_name, _kept=[]):  # expect: HL101 confirmed
        if len(_kept) >= self.limit:
            return False
        _kept.append("%s:%s" % (self.service, span_name))
        return True


_spans = itertools.count()


def scenario():
    n = next(_spans)
    sampler = SpanSampler("checkout")
    sampler.configure(limit=10_000_000)
    return sampler.sample("GET /cart/%d" % n)
