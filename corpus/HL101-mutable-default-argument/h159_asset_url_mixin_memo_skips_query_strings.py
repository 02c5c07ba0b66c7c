"""Static files: `ResolveMixin.resolve()` memoises resolved URLs in `memo={}`
but only when `self.cacheable(path)` says so; cacheable() is defined only on
the concrete `CdnResolver`. It accepts paths under /static/ but refuses any
with a query string; every scenario URL carries a `?v=<build>` cache buster,
so the store is never taken and the mixin's default dict stays empty."""
import itertools
import zlib

_builds = itertools.count()


class ResolveMixin:
    def resolve(self, path, memo={}):  # expect: HL101 refuted
        if path in memo:
            return memo[path]
        url = f"{self.origin}{path}#{zlib.adler32(path.encode()):08x}"
        if self.cacheable(path):
            memo[path] = url
        return url


class CdnResolver(ResolveMixin):
    origin = "https://cdn.example.net"

    def cacheable(self, path):
        return path.startswith("/static/") and "?" not in path


def scenario():
    n = next(_builds)
    return CdnResolver().resolve(f"/static/js/app.bundle.min.js?v=build-{n:06d}")
