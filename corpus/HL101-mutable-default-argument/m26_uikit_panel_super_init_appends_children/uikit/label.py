"""Label: a leaf widget showing one line of text."""


class Label:
    def __init__(self, text, font_px=7):
        self.name = text
        self.width = len(text) * font_px
