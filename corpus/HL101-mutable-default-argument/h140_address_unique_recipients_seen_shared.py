"""Mailing-list fan-out: recipients from the To, Cc and Bcc headers are parsed
with email.utils.getaddresses and deduplicated by a generator whose `seen`
set is a default argument. The set is shared by every message, so each new
subscriber address stays in it (and is wrongly skipped on later messages)."""
import itertools
from email.utils import formataddr, getaddresses

_msgs = itertools.count()


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 14 (heaplint: unknown)
def unique_recipients(*fields, seen=set()):  # expect: HL101 confirmed
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
