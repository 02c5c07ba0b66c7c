"""App stack: EtagMiddleware answers conditional GETs with 304 by
remembering the ETag it last sent for each path. Every tenant gets its own
stack, but `self.etags` is the default dict itself, shared by all of them,
so each tenant's paths stay in it after the tenant's stack is gone."""
import hashlib
import itertools

_tenants = itertools.count()


class Middleware:
    def __init__(self, app, name=None, **options):
        self.app, self.name, self.options = app, name or type(self).__name__, options


class EtagMiddleware(Middleware):
    def __init__(self, app, etags={}, **options):  # expect: HL101 confirmed
        super().__init__(app, **options)
        self.etags = etags

    @property
    def known_paths(self):
        return sorted(self.etags)

    def __call__(self, path, if_none_match=None):
        if if_none_match is not None and self.etags.get(path) == if_none_match:
            return 304, b""
        body = self.app(path)
        self.etags[path] = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
        return 200, body


def scenario():
    n = next(_tenants)
    stack = EtagMiddleware(lambda path: path.encode() * 3, name="etag-%d" % n, weak=False)
    path = "/t/%d/report" % n
    status, _ = stack(path)
    return status + stack(path, if_none_match=stack.etags[path])[0]
