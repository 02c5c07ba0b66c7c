"""Lint server: each request lints one submitted snippet with freshly loaded plugins."""
import itertools

import loader

_requests = itertools.count(1)


def scenario():
    n = next(_requests)
    source = f"total_{n} = {n}  \nprint('{'y' * (n % 97)}')\n"
    return loader.lint(source)
