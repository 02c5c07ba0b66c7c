"""HTTP client: custom headers must start with the prefix a subclass sets
(self.prefix). Accepted headers are kept in a default dict that is merged
into every request. The store happens before the validation, so even the
rejected headers of this scenario stay in the shared dict."""
import itertools


class HeaderPolicy:
    prefix = "X-"

    def add(self, name, value, _extra={}):  # expect: HL101 confirmed
        _extra[name] = value
        if not name.startswith(self.prefix):
            raise ValueError("header %r must start with %r" % (name, self.prefix))
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
