"""Figure: collects the artists of one chart."""


class Figure:
    def __init__(self, num, figsize=(6.4, 4.8), artists=[]):  # expect: HL101 confirmed
        self.num = num
        self.figsize = figsize
        self.artists = artists

    def add_artist(self, artist):
        self.artists.append(artist)
        return artist

    def clear(self):
        """Drop every artist (pyplot.close calls this)."""
        self.artists = []

    def savefig(self):
        body = "".join(a.draw() for a in sorted(self.artists, key=lambda a: a.zorder))
        return f'<svg id="{self.num}">{body}</svg>'
