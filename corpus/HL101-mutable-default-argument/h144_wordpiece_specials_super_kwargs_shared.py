"""Subword tokenizers: `BaseTokenizer` stores the special-token list it is
given, `WordPieceTokenizer` forwards its keyword arguments through super(),
and `add_special_tokens()` registers a per-task marker so it is never split.
Built without `special_tokens`, every tokenizer extends the one list default."""
import itertools

_tasks = itertools.count()


class BaseTokenizer:
    def __init__(self, lowercase=True, special_tokens=[]):  # expect: HL101 confirmed
        self.lowercase, self.special_tokens = lowercase, special_tokens

    def add_special_tokens(self, *tokens):
        self.special_tokens.extend(t for t in tokens if t not in self.special_tokens)


class WordPieceTokenizer(BaseTokenizer):
    def __init__(self, vocab, **kwargs):
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
