"""HTTP client: custom headers must start with the prefix a subclass sets
(self.prefix). Accepted headers are kept in a default dict that is merged
into every request. Validation raises before the store, and the headers in
this scenario lack the "X-Acme-" prefix, so nothing is ever kept."""
import itertools


class HeaderPolicy:
    prefix = "X-"

    def add(self, name, value, _extra={}):  # expect: HL101 refuted
        if not name.startswith(self.prefix):
            raise ValueError("header %r must start with %r" % (name, self.prefix))
        _extra[name] = value
        return dict(_extra)


class AcmeHeaders(HeaderPolicy):
    prefix = "X-Acme-"


_calls = itertools.count()


def scenario():
    n = next(_calls)
    try:
        return AcmeHeaders().add("X-Trace-%d" % n, "trace-%08d" % n)
    except ValueError as exc:
        return str(exc)
