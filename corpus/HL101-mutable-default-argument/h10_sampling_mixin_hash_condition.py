"""Tracing: a sampling mixin keeps keys whose hash falls in the sample bucket; str hashes vary per process."""
import itertools


class SamplingMixin:
    def maybe_keep(self, key, kept=[]):  # expect: HL101 unknown
        if hash(key) % 4 == 0:
            kept.append(key)
        return len(kept)


class RequestTracer(SamplingMixin):
    def trace(self, path):
        return self.maybe_keep(path)


_paths = itertools.count()


def scenario():
    n = next(_paths)
    return RequestTracer().trace(f"/api/items/{n}")
