"""Subword tokenizers: `BaseTokenizer` stores the special-token list it is given
and `add_special_tokens()` extends it. `WordPieceTokenizer` forwards a fresh list
built from its class attribute through super(), so the list default is never used."""
import itertools

_tasks = itertools.count()


class BaseTokenizer:
    def __init__(self, lowercase=True, special_tokens=[]):  # expect: HL101 refuted
        self.lowercase, self.special_tokens = lowercase, special_tokens

    def add_special_tokens(self, *tokens):
        self.special_tokens.extend(t for t in tokens if t not in self.special_tokens)


class WordPieceTokenizer(BaseTokenizer):
    DEFAULT_SPECIALS = ("[CLS]", "[SEP]", "[UNK]")

    def __init__(self, vocab, **kwargs):
        kwargs.setdefault("special_tokens", list(self.DEFAULT_SPECIALS))
        super().__init__(**kwargs)
        self.vocab = vocab

    def tokenize(self, text):
        for word in text.split():
            if word in self.special_tokens:
                yield word
                continue
            word = word.lower() if self.lowercase else word
            cut = max((i for i in range(1, len(word)) if word[:i] in self.vocab), default=0)
            tail = "##" + word[cut:]
            yield from [word[:cut], tail] if cut and tail in self.vocab else [word if word in self.vocab else "[UNK]"]


def scenario():
    n = next(_tasks)
    tok = WordPieceTokenizer({"play", "##ing", "##ed", "##er"})
    tok.add_special_tokens(f"[TASK{n}]")
    return list(tok.tokenize(f"[TASK{n}] Playing played gamer{n}"))
