"""Threaded notifications: replies carry In-Reply-To and References so mail
clients group them. `thread_headers()` starts from a default header dict
and appends the parent id to its "References" list, which setdefault finds
already there from earlier replies, so every parent id ever replied to
stays in the shared list."""
import itertools

_replies = itertools.count()
DOMAIN = "notify.example.org"


def thread_headers(msg_id, parent_id=None, headers={"MIME-Version": "1.0", "Auto-Submitted": "auto-generated"}):  # expect: HL101 confirmed
    headers["Message-ID"] = "<%s@%s>" % (msg_id, DOMAIN)
    if parent_id is None:
        return dict(headers)
    parent = "<{}@{}>".format(parent_id, DOMAIN)
    headers["In-Reply-To"] = parent
    headers.setdefault("References", []).append(parent)
    return {k: v[-1] if isinstance(v, list) else v for k, v in headers.items()}


def render(headers, body):
    lines = ["%s: %s" % item for item in sorted(headers.items())]
    return "\r\n".join(lines) + "\r\n\r\n" + body


def scenario():
    n = next(_replies)
    ticket = "ticket-%d" % n
    opened = render(thread_headers(ticket), "Ticket %d opened" % n)
    reply = render(thread_headers("comment-%d" % n, parent_id=ticket), "New comment on %d" % n)
    return len(opened) + len(reply)
