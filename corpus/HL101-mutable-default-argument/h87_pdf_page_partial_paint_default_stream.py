"""PDF pages: painting helpers are bound with functools.partial and write operators into a content stream."""
import functools
import itertools


def paint(op, coords, fill=None, stream=bytearray()):  # expect: HL101 confirmed
    if fill is not None:
        stream += b"%.3f %.3f %.3f rg\n" % fill
    stream += ("%s %s %s\n" % (" ".join(f"{c:.2f}" for c in coords), op, "B" if fill else "S")).encode()
    return stream


class Page:
    def __init__(self, number, width=595, height=842):
        self.number, self.width, self.height = number, width, height
        self.content = bytearray(b"q\n")
        self.rect = functools.partial(paint, "re")

    def frame(self, margin, shade):
        box = (margin, margin, self.width - 2 * margin, self.height - 2 * margin)
        self.content += self.rect(box, fill=(shade, shade, shade))
        return self

    def finish(self):
        body = bytes(self.content + b"Q\n")
        return b"<< /Length %d >>\nstream\n%s\nendstream" % (len(body), body)


_pages = itertools.count(1)


def scenario():
    n = next(_pages)
    return len(Page(n).frame(18 + n % 12, (n % 10) / 10).finish())
