"""Vocabulary that assigns integer ids to tokens as documents are encoded.
The constructor builds its own dict from the `token_to_id` seed default
(with the unknown token at id 0), so `encode()` assigning ids to unseen
tokens fills that vocabulary's private copy, never the shared default."""
import itertools
import re

_docs = itertools.count()
_WORD = re.compile(r"[a-z0-9']+")


class Vocabulary:
    def __init__(self, token_to_id={}, unk="<unk>"):  # expect: HL101 refuted
        self.token_to_id = {unk: 0, **token_to_id}
        self.unk = unk

    @property
    def size(self):
        return len(self.token_to_id)

    def encode(self, text):
        ids = []
        for tok in _WORD.findall(text.lower()):
            try:
                ids.append(self.token_to_id[tok])
            except KeyError:
                ids.append(self.token_to_id.setdefault(tok, len(self.token_to_id)))
        return ids


def scenario():
    n = next(_docs)
    vocab = Vocabulary()
    return vocab.encode(f"Invoice {n} sent to client{n}'s inbox"), vocab.size
