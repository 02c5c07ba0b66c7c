"""Test helper: override settings keys inside a with block; previous values go on an undo stack and are restored after the yield."""
import itertools
from contextlib import contextmanager

SETTINGS = {"DEBUG": False, "TIMEZONE": "UTC", "PAGE_SIZE": 20}


@contextmanager
def override_settings(changes, _undo=[]):  # expect: HL101 confirmed
    for key, value in changes.items():
        _undo.append((key, SETTINGS.get(key)))
        SETTINGS[key] = value
    yield SETTINGS
    for _ in changes:
        key, old = _undo.pop()
        SETTINGS[key] = old


def test_page_size(n):
    with override_settings({"PAGE_SIZE": n % 50 + 1, "DEBUG": True}) as settings:
        if n % 4 == 0:
            raise AssertionError(f"page size {settings['PAGE_SIZE']} rejected for case {n}")
        return settings["PAGE_SIZE"] * 2


_cases = itertools.count()


def scenario():
    n = next(_cases)
    try:
        return test_page_size(n)
    except AssertionError as exc:
        return str(exc)
