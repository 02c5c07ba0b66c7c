"""Template lexer: `scan()` splits a template into tokens and feeds them into
`lookbehind`, a default deque of recent tokens that the error reporter
prints as context. It is created with maxlen=64, so extend() drops the
oldest tokens as new ones arrive and the deque never holds more than 64."""
import collections
import itertools
import re

TOKEN = re.compile(r"\{\{|\}\}|\w+|[^\w\s]")
_templates = itertools.count()


def scan(source, lookbehind=collections.deque(maxlen=64)):  # expect: HL101 refuted
    tokens = TOKEN.findall(source)
    lookbehind.extend(tokens)
    if len(lookbehind) > 64:
        lookbehind = collections.deque(lookbehind, maxlen=64)
    return len(tokens), " ".join(list(lookbehind)[-5:])


def scenario():
    n = next(_templates)
    return scan(f"<p>Hello {{{{ user_{n}.name }}}}, order {n} ships {{{{ eta_{n} }}}}</p>")
