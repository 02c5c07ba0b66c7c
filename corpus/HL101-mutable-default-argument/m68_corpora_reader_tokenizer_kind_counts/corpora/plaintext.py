"""Plain-text corpora: one block is up to twenty lines of running text."""
from .api import CorpusReader
from .tokenizers import WordPunctTokenizer

__all__ = ["PlaintextCorpusReader"]


class PlaintextCorpusReader(CorpusReader):
    def read_block(self, stream, tokenizer=WordPunctTokenizer()):  # expect: HL101 refuted
        tokens = []
        for _ in range(20):
            line = stream.readline()
            if not line:
                break
            tokens.extend(tokenizer.tokenize(line))
        return tokens

    def describe(self):
        return f"plaintext corpus, {len(self.fileids())} file(s)"
