"""PDF pages: painting helpers are bound with functools.partial to the page's own content stream."""
import functools
import itertools


# heaplint-todo: called with new arguments as outside code would call it, paint grows it; but this application uses paint as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def paint(op, coords, fill=None, stream=bytearray()):  # expect: HL101 refuted
    if fill is not None:
        stream += b"%.3f %.3f %.3f rg\n" % fill
    stream += ("%s %s %s\n" % (" ".join(f"{c:.2f}" for c in coords), op, "B" if fill else "S")).encode()
    return stream


class Page:
    def __init__(self, number, width=595, height=842):
        self.number, self.width, self.height = number, width, height
        self.content = bytearray(b"q\n")
        self.rect = functools.partial(paint, "re", stream=self.content)

    def frame(self, margin, shade):
        box = (margin, margin, self.width - 2 * margin, self.height - 2 * margin)
        self.rect(box, fill=(shade, shade, shade))
        return self

    def finish(self):
        body = bytes(self.content + b"Q\n")
        return b"<< /Length %d >>\nstream\n%s\nendstream" % (len(body), body)


_pages = itertools.count(1)


def scenario():
    n = next(_pages)
    return len(Page(n).frame(18 + n % 12, (n % 10) / 10).finish())
