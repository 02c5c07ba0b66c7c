"""Static files: `ResolveMixin.resolve()` memoises resolved URLs in `memo={}`
but only when `self.cacheable(path)` says so; cacheable() is defined only on
the concrete `CdnResolver`. It accepts every path under /static/, including
the cache-busting `?v=<build>` query the templates add, so the mixin's
default dict gains a key for every build's asset URL."""
import itertools
import zlib

_builds = itertools.count()


class ResolveMixin:
    def resolve(self, path, memo={}):  # expect: HL101 confirmed
        if path in memo:
            return memo[path]
        url = f"{self.origin}{path}#{zlib.adler32(path.encode()):08x}"
        if self.cacheable(path):
            memo[path] = url
        return url


class CdnResolver(ResolveMixin):
    origin = "https://cdn.example.net"

    def cacheable(self, path):
        return path.startswith("/static/")


def scenario():
    n = next(_builds)
    return CdnResolver().resolve(f"/static/js/app.bundle.min.js?v=build-{n:06d}")
