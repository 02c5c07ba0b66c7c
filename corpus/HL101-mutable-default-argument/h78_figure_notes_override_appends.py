"""Report flowables: a Figure collects caption notes through the Flowable annotation API."""
import html
import itertools


class Flowable:
    kind = "block"

    def __init__(self, name, notes=[]):  # expect: HL101 confirmed
        self.name = name
        self.notes = notes

    def annotate(self, note):
        self.notes = self.notes + [note]

    def render(self):
        notes = "".join(f"<li>{html.escape(note)}</li>" for note in self.notes)
        return f'<div class="{self.kind}" id="{self.name}">{self.body()}<ul>{notes}</ul></div>'

    def body(self):
        return ""


class Figure(Flowable):
    kind = "figure"

    def __init__(self, name, src, width=320):
        super().__init__(name)
        self.src, self.width = src, width

    def annotate(self, note):
        self.notes.append(f"Figure: {note}")

    def body(self):
        return f'<img src="{self.src}" width="{self.width}">'


_charts = itertools.count()


def scenario():
    n = next(_charts)
    figure = Figure(f"fig-{n}", f"charts/revenue-{n}.png")
    figure.annotate(f"Revenue by month, fiscal year {2000 + n}")
    return figure.render()
