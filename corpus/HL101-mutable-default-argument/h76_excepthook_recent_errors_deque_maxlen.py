"""Crash reporter: a sys.excepthook closure keeps recent error summaries for the /debug page."""
import collections
import itertools
import sys
import traceback


def install_crash_reporter(app_name, recent=collections.deque(maxlen=32)):  # expect: HL101 refuted
    def hook(exc_type, exc, tb):
        summary = traceback.format_exception_only(exc_type, exc)[-1].strip()
        recent.append((app_name, summary))

    sys.excepthook = hook
    return recent


RECENT = install_crash_reporter("billing")


def charge(account_id, cents):
    if cents % 7 == 0:
        raise ValueError(f"account {account_id}: amount {cents} rejected by gateway")
    return {"account": account_id, "cents": cents}


_seq = itertools.count()


def scenario():
    n = next(_seq)
    try:
        return charge(f"acct-{n}", 7 * n)
    except ValueError:
        sys.excepthook(*sys.exc_info())
        return RECENT[-1]
