"""Text flowables: paragraphs and headings."""
from html import escape

from .builder import register
from .flowables import Flowable


@register("")
class Paragraph(Flowable):
    tag = "p"

    def __init__(self, text):
        super().__init__()
        self.text = text

    def content(self):
        return escape(self.text)


@register("#")
class Heading(Paragraph):
    def __init__(self, text):
        level = len(text) - len(text.lstrip("#")) + 1
        super().__init__(text.lstrip("# "))
        self.tag = f"h{level}"
        self.keep_with_next = True
        self.style_names.insert(0, f"heading-{level}")
