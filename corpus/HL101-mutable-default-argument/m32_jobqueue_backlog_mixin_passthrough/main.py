import itertools

from jobs import Job, MailWorker

_ids = itertools.count(1)

REMINDER_DELAY = 3 * 24 * 3600


def on_signup(email, now):
    worker = MailWorker("mail", delay=REMINDER_DELAY, concurrency=2)
    worker.submit(Job("welcome", {"to": email}, run_at=now))
    worker.schedule("reminder", {"to": email}, now)
    sent = worker.run_pending(now)
    return sent, worker.last_message


def scenario():
    n = next(_ids)
    return on_signup("user%d@example.org" % n, now=n)
