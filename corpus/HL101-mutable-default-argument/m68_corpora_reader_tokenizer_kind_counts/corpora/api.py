"""The abstract corpus reader: subclasses say how one block of a stream is read."""
import io


class CorpusReader:
    def __init__(self, files):
        self._files = dict(files)

    def fileids(self):
        return sorted(self._files)

    def open(self, fileid):
        return io.StringIO(self._files[fileid])

    def read_block(self, stream):
        """Read the next block of tokens from `stream`; [] at the end."""
        raise NotImplementedError

    def describe(self):
        raise NotImplementedError

    def words(self, fileid):
        stream = self.open(fileid)
        out = []
        while True:
            block = self.read_block(stream)
            if not block:
                return out
            out.extend(block)
