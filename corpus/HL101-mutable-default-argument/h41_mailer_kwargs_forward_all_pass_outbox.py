"""Mailer: queue_mail() appends to its default outbox list, but both wrappers forward *args/**kwargs together with an outbox of their own, so the default is never reached."""
import itertools


def queue_mail(to, subject, body, outbox=[], priority=0):  # expect: HL101 refuted
    outbox.append({"to": to, "subject": subject, "body": body, "priority": priority})
    return len(outbox)


def send_digest(users, *args, **kwargs):
    outbox = []
    for user in users:
        queue_mail(user, *args, outbox=outbox, **kwargs)
    return outbox


def notify_signup(*args, **kwargs):
    kwargs.setdefault("outbox", [])
    queue_mail(*args, **kwargs)
    return kwargs["outbox"]


_signups = itertools.count()


def scenario():
    n = next(_signups)
    digest = send_digest([f"ops{n}@example.com"], "Daily digest", f"{n} signups")
    sent = notify_signup(f"user{n}@example.com", "Welcome!", f"Hi user {n}", priority=1)
    return len(digest) + len(sent)
