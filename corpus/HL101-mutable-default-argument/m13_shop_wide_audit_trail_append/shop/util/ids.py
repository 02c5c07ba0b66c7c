import itertools

_counter = itertools.count(1)


def next_ref(prefix):
    return f"{prefix}{next(_counter):08d}"
