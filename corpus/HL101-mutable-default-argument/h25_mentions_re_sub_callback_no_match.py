"""Chat messages: @mentions are linked by re.sub with a callback that remembers names."""
import itertools
import re

_MENTION = re.compile(r"@(\w+)")


# heaplint-todo: grows only when called as outside code would; the application's own runs did not grow it, which is no proof for a value it hands on or a method the interpreter calls (heaplint: unknown)
def _link(match, _mentioned=[]):  # expect: HL101 refuted
    name = match.group(1)
    _mentioned.append(name)
    return f'<a href="/u/{name}">@{name}</a>'


def render(text):
    return _MENTION.sub(_link, text)


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return render(f"thanks user{n} for the review")
