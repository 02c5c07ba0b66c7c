from contextlib import contextmanager


@contextmanager
def request_scope(tags, stack=[]):  # expect: HL101 refuted
    """Push structured-logging tags for the duration of a unit of work."""
    merged = {}
    for frame in stack:
        merged.update(frame)
    merged.update(tags)
    stack.append(merged)
    try:
        yield merged
    finally:
        stack.pop()


def minor_units(amount, exponent=2):
    whole, _, frac = str(amount).partition(".")
    frac = (frac + "0" * exponent)[:exponent]
    return int(whole) * 10 ** exponent + int(frac or 0)
