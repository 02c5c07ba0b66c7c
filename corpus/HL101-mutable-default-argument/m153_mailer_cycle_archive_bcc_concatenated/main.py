"""Newsletter worker: each job sends one issue of a mailing list to one subscriber."""
import itertools

import mailer

_jobs = itertools.count()
LISTS = ("announce", "digest")


def scenario():
    n = next(_jobs)
    list_name = LISTS[n % len(LISTS)]
    envelope = mailer.send(
        list_name,
        subject=f"Issue {n}",
        to=f"Reader{n}@Example.COM",
        message_id=f"<{n:08x}.{list_name}@example.org>",
    )
    return envelope["Bcc"]
