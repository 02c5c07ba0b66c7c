from .artist import Artist


class Text(Artist):
    zorder = 3

    def __init__(self, x, y, text="", **kwargs):
        super().__init__(**kwargs)
        self.x, self.y = x, y
        self.text = text

    def set_text(self, text):
        self.text = text
        self.pchanged()

    def draw(self):
        size = self.get("fontsize", 10)
        return f'<text x="{self.x:g}" y="{self.y:g}" font-size="{size}">{self.text}</text>'
