"""Mailbox sync: raw messages are parsed with the email package and a
malformed Date header raises ValueError. Each failure is appended to the
`failures` default so the sync summary can list them; the exceptions, with
their tracebacks and frames, stay in the shared list after every sync."""
import email
import email.utils
import itertools

_syncs = itertools.count()


# heaplint-todo: the store at line 19 is in an `except` handler of the `try` at line 16 that no call raised into, and heaplint cannot tell whether real calls raise there (heaplint: unknown)
def sync_mailbox(raw_messages, failures=[]):  # expect: HL101 confirmed
    parsed = []
    for raw in raw_messages:
        msg = email.message_from_string(raw)
        try:
            stamp = email.utils.parsedate_to_datetime(msg["Date"])
        except (TypeError, ValueError) as exc:
            failures.append(exc)
            continue
        parsed.append((stamp, msg["Subject"]))
    return len(parsed), len(failures)


def scenario():
    n = next(_syncs)
    good = "Date: Mon, 20 Nov 2023 10:%02d:00 +0000\nSubject: report %d\n\nbody" % (n % 60, n)
    bad = "Date: sometime-%d\nSubject: broken %d\n\nbody" % (n, n)
    return sync_mailbox([good, bad, bad.replace("broken", "late")])
