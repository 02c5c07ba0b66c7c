"""Changelog credits: capitalised words (not ALL-CAPS acronyms) in each commit message are collected as contributor names."""
import itertools


def _letters(n):
    return "".join(chr(97 + int(d)) for d in str(n))


def collect_names(message, names=[]):  # expect: HL101 confirmed
    body = message.split(":", 1)[-1]
    names.extend(w.strip(".,!?") for w in body.split() if w[:1].isupper() and not w.isupper())
    return len(names)


_commits = itertools.count()


def scenario():
    n = next(_commits)
    return collect_names(f"fix: thanks to Dev{_letters(n)} for the ACK review, see #{n}")
