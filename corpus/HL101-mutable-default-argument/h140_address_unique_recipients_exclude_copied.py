"""Mailing-list fan-out: recipients from the To, Cc and Bcc headers are parsed
with email.utils.getaddresses and deduplicated by a generator that takes a
set default of addresses to exclude. The generator copies it into a local
`seen` set before adding anything, so the default stays empty."""
import itertools
from email.utils import formataddr, getaddresses

_msgs = itertools.count()


def unique_recipients(*fields, exclude=set()):  # expect: HL101 refuted
    seen = set(exclude)
    for name, addr in getaddresses(fields):
        key = addr.lower()
        if not key or key in seen:
            continue
        seen.add(key)
        yield formataddr((name, addr))


def fan_out(msg_headers):
    fields = [msg_headers.get(h, "") for h in ("To", "Cc", "Bcc")]
    return sorted(unique_recipients(*fields), key=str.lower)


def scenario():
    n = next(_msgs)
    headers = {
        "To": "Ann Lee <ann%d@example.org>, ops@example.org" % n,
        "Cc": "ANN%d@EXAMPLE.ORG, Bob Stone <bob%d@example.net>" % (n, n),
        "Bcc": "audit@example.org",
    }
    return len(fan_out(headers))
