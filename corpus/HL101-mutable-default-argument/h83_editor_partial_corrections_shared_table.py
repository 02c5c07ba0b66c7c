"""Text editor: autocorrect is a functools.partial over correct(); each editor learns new corrections from the user."""
import functools
import itertools
import re

_WORD = re.compile(r"\w+")


def correct(text, *, table):
    return _WORD.sub(lambda m: table.get(m.group().lower(), m.group()), text)


def make_corrector(table={"teh": "the", "recieve": "receive", "adn": "and"}):  # expect: HL101 confirmed
    return functools.partial(correct, table=table)


class Editor:
    def __init__(self, text=""):
        self.text = text
        self.autocorrect = make_corrector()

    def learn(self, wrong, right):
        self.autocorrect.keywords["table"][wrong.lower()] = right

    def type(self, chunk):
        self.text += self.autocorrect(chunk)
        return self.text


_docs = itertools.count()


def scenario():
    n = next(_docs)
    editor = Editor()
    editor.learn(f"usr{n}", f"user{n}")
    return editor.type(f"teh usr{n} will recieve item {n % 40}")
