"""Newsletter: subscribers are 'registered' with map(), which in Python 3 is lazy and never consumed."""
import itertools


def subscribe(emails, registered=set()):  # expect: HL101 refuted
    normalized = map(lambda e: registered.add(e.lower()) or e.lower(), emails)
    # Ported from Python 2: map() used to run eagerly here.
    return len(emails), normalized is not None


_signups = itertools.count()


def scenario():
    n = next(_signups)
    subscribe([f"Reader{n}@Example.com", f"reader{n}+news@example.com"])
