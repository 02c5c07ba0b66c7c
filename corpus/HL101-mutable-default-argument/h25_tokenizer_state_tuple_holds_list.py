"""Tokenizer: the nesting state lives in a tuple default holding a list of open brackets."""
import itertools

PAIRS = {")": "(", "]": "[", "}": "{"}


def tokenize(text, _state=([],)):  # expect: HL101 confirmed
    opened = _state[0]
    tokens = []
    for pos, ch in enumerate(text):
        if ch in "([{":
            opened.append((ch, pos))
        elif ch in PAIRS and opened and opened[-1][0] == PAIRS[ch]:
            opened.pop()
        tokens.append(ch)
    return tokens, len(opened)


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return tokenize(f"call(arg{n}, [x, y]")
