"""Mailbox sync: raw messages are parsed with the email package and a
malformed Date header raises ValueError. The except clause builds a new
list (`failures = failures + [exc]`) instead of appending, so the name is
rebound to a per-call list and the empty default is never touched."""
import email
import email.utils
import itertools

_syncs = itertools.count()


def sync_mailbox(raw_messages, failures=[]):  # expect: HL101 refuted
    parsed = []
    for raw in raw_messages:
        msg = email.message_from_string(raw)
        try:
            stamp = email.utils.parsedate_to_datetime(msg["Date"])
        except (TypeError, ValueError) as exc:
            failures = failures + [exc]
            continue
        parsed.append((stamp, msg["Subject"]))
    return len(parsed), len(failures)


def scenario():
    n = next(_syncs)
    good = "Date: Mon, 20 Nov 2023 10:%02d:00 +0000\nSubject: report %d\n\nbody" % (n % 60, n)
    bad = "Date: sometime-%d\nSubject: broken %d\n\nbody" % (n, n)
    return sync_mailbox([good, bad, bad.replace("broken", "late")])
