"""Newsletter send: each recipient gets a rendered subject line."""
import itertools

from mailer.render import render_subject

_recipients = itertools.count()


def scenario():
    n = next(_recipients)
    return render_subject(f"reader{n}", issue=n % 52)
