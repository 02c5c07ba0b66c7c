"""Figure: the top-level container that collects and draws artists."""


class Figure:
    def __init__(self, label, figsize=(6.4, 4.8)):
        self.label = label
        self.figsize = figsize
        self.artists = []
        self.stale = True

    def add_artist(self, artist):
        self.artists.append(artist)
        artist.add_callback(self._artist_changed)
        artist.pchanged()
        return artist

    def _artist_changed(self, artist):
        self.stale = True

    def render(self):
        body = "".join(a.draw() for a in sorted(self.artists, key=lambda a: a.zorder))
        self.stale = False
        w, h = self.figsize
        return f'<svg id="{self.label}" width="{w * 72:g}" height="{h * 72:g}">{body}</svg>'
