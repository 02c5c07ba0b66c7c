"""Header encoding: encode_header() takes an EncodingPolicy instance as its
default. The policy picks the first charset (a class attribute list) that can
represent a value and memoizes the choice per header value, so every subject
line ever encoded stays in the default policy's memo."""
import itertools
from email.header import Header

_msgs = itertools.count()


class EncodingPolicy:
    charsets = ["us-ascii", "iso-8859-1", "utf-8"]

    def __init__(self, max_line=76):
        self.max_line, self._chosen = max_line, {}

    def pick_charset(self, value):
        if value not in self._chosen:
            fits = [c for c in self.charsets if value.encode(c, "ignore").decode(c) == value]
            self._chosen[value] = fits[0] if fits else "utf-8"
        return self._chosen[value]


def encode_header(name, value, policy=EncodingPolicy()):  # expect: HL101 confirmed
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    elif isinstance(value, (list, tuple)):
        value = ", ".join(value)
    charset = policy.pick_charset(value)
    return Header(value, charset, policy.max_line, header_name=name).encode()


def scenario():
    n = next(_msgs)
    subject = "R\u00fcckfrage zu Auftrag %d" % n if n % 2 else "Order %d shipped" % n
    return len(encode_header("Subject", subject)) + len(encode_header("Cc", ["a@x.org", "b@y.org"]))
