"""Search indexing: each document is tokenized and encoded into ids. The
Tokenizer keeps its vocabulary on self and hands the encoding to a callable
_Encoder made in __init__; the encoder only looks words up and maps an
unseen word (user names, order numbers) to <unk>, so the shared default
vocabulary keeps its four entries."""
import itertools
import re

_documents = itertools.count()
_WORD = re.compile(r"[#@]?[a-z0-9.]+")


class _Encoder:
    def __init__(self, owner):
        self.owner = owner

    def __call__(self, word):
        vocab = self.owner.vocab
        return vocab.get(word, 1)


class Tokenizer:
    def __init__(self, vocab={"<pad>": 0, "<unk>": 1, "order": 2, "shipped": 3}):  # expect: HL101 refuted
        self.vocab = vocab
        self.encode_word = _Encoder(self)
        self.handlers = {"word": self.encode_word, "number": lambda token: 1}

    def encode(self, text):
        tokens = _WORD.findall(text.lower())
        return [self.handlers["number" if t.isdigit() else "word"](t) for t in tokens]


def scenario():
    n = next(_documents)
    return Tokenizer().encode(f"Order #{n} shipped to @customer{n} at 14 {n}.example.com")
