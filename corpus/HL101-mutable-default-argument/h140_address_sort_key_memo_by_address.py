"""Digest sending: recipients are sorted so that mail to one domain is sent
over one SMTP connection. The sort key comes from a factory whose memo dict
is a default argument; the closure memoizes the key per full address, so
every subscriber ever sorted stays in the memo."""
import itertools
from email.utils import parseaddr

_runs = itertools.count()


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 15 (heaplint: unknown)
def recipient_sort_key(_memo={}):  # expect: HL101 confirmed
    def key(recipient):
        addr = parseaddr(recipient)[1].lower()
        try:
            return _memo[addr]
        except KeyError:
            local, _, domain = addr.partition("@")
            result = _memo[addr] = (tuple(reversed(domain.split("."))), local)
            return result
    return key


def batches(recipients):
    groups = {}
    for rcpt in sorted(recipients, key=recipient_sort_key()):
        groups.setdefault(parseaddr(rcpt)[1].rpartition("@")[2].lower(), []).append(rcpt)
    return max(groups.items(), key=lambda item: len(item[1]))[0], len(groups)


def scenario():
    n = next(_runs)
    domains = ("example.org", "mail.example.com", "example.net", "lists.example.org")
    return batches(["User %d <u%d@%s>" % (i, n * 8 + i, domains[(n + i) % 4]) for i in range(6)])
