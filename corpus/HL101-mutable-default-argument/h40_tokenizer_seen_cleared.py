"""Text pipeline: dedupe_tokens() uses its default `seen` set to drop repeated tokens and clears it before returning."""
import itertools
import re

_WORD = re.compile(r"[a-z0-9']+")


def dedupe_tokens(text, seen=set()):  # expect: HL101 refuted
    out = []
    for token in _WORD.findall(text.lower()):
        if token not in seen:
            seen.add(token)
            out.append(token)
    seen.clear()
    return out


def shingle(text, width=2):
    tokens = dedupe_tokens(text)
    return [" ".join(tokens[i:i + width]) for i in range(len(tokens) - width + 1)]


_docs = itertools.count()


def scenario():
    n = next(_docs)
    return len(shingle(f"Ticket {n} reopened: ticket {n} needs review by team-{n % 9}"))
