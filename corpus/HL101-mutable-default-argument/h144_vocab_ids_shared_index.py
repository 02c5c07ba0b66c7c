"""Vocabulary that assigns integer ids to tokens as documents are encoded.
The constructor keeps the `token_to_id` default itself, so every vocabulary
built without a seed index shares that dict, and `encode()` grows it with
setdefault for each unseen token of every document."""
import itertools
import re

_docs = itertools.count()
_WORD = re.compile(r"[a-z0-9']+")


class Vocabulary:
    def __init__(self, token_to_id={}, unk="<unk>"):  # expect: HL101 confirmed
        self.token_to_id = token_to_id
        self.unk = unk

    @property
    def size(self):
        return len(self.token_to_id)

    def encode(self, text, grow=True):
        ids = []
        for tok in _WORD.findall(text.lower()):
            if grow:
                ids.append(self.token_to_id.setdefault(tok, len(self.token_to_id)))
            else:
                ids.append(self.token_to_id.get(tok, -1))
        return ids


def scenario():
    n = next(_docs)
    vocab = Vocabulary()
    return vocab.encode(f"Invoice {n} sent to client{n}'s inbox"), vocab.size
