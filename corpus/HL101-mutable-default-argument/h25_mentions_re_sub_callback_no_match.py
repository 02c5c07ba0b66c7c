"""Chat messages: @mentions are linked by re.sub with a callback that remembers names."""
import itertools
import re

_MENTION = re.compile(r"@(\w+)")


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
