"""Replay of contact form submissions, about half of them with mistakes."""
import itertools

import forms

_submits = itertools.count(1)


def scenario():
    n = next(_submits)
    data = {
        "email": f"visitor{n}@example.org" if n % 2 else f"visitor{n}-at-example.org",
        "subject": f"Question #{n}" + "!" * (n % 3) * 40,
        "message": "" if n % 4 == 0 else f"Hello, this is message {n}.",
    }
    return forms.submit(data)
