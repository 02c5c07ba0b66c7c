"""Template lexer: `scan()` splits a template into tokens and feeds them into
`lookbehind`, a default deque of recent tokens that the error reporter
prints as context. The default deque has no maxlen; once it passes 64
tokens the code rebinds the local name to a bounded copy, but the shared
default itself was already extended and is never cut, so it keeps every
token of every template scanned."""
import collections
import itertools
import re

TOKEN = re.compile(r"\{\{|\}\}|\w+|[^\w\s]")
_templates = itertools.count()


# heaplint-todo: iteration over more than 256 items (heaplint: unknown)
def scan(source, lookbehind=collections.deque()):  # expect: HL101 confirmed
    tokens = TOKEN.findall(source)
    lookbehind.extend(tokens)
    if len(lookbehind) > 64:
        lookbehind = collections.deque(lookbehind, maxlen=64)
    return len(tokens), " ".join(list(lookbehind)[-5:])


def scenario():
    n = next(_templates)
    return scan(f"<p>Hello {{{{ user_{n}.name }}}}, order {n} ships {{{{ eta_{n} }}}}</p>")
