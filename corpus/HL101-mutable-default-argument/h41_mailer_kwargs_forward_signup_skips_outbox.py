"""Mailer: queue_mail() appends to its default outbox list; the digest wrapper forwards its own outbox, but notify_signup() forwards *args/**kwargs without one."""
import itertools


def queue_mail(to, subject, body, outbox=[], priority=0):  # expect: HL101 confirmed
    outbox.append({"to": to, "subject": subject, "body": body, "priority": priority})
    return len(outbox)


def send_digest(users, *args, **kwargs):
    outbox = []
    for user in users:
        queue_mail(user, *args, outbox=outbox, **kwargs)
    return outbox


def notify_signup(*args, **kwargs):
    return queue_mail(*args, **kwargs)


_signups = itertools.count()


def scenario():
    n = next(_signups)
    digest = send_digest([f"ops{n}@example.com"], "Daily digest", f"{n} signups")
    notify_signup(f"user{n}@example.com", "Welcome!", f"Hi user {n}", priority=1)
    return len(digest)
