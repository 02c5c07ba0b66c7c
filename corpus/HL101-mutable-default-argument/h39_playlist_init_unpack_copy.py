"""Media player: Playlist copies its default seed tracks with [*tracks] before queueing more onto self.tracks."""
import itertools


class Playlist:
    def __init__(self, name, tracks=["intro.ogg"]):  # expect: HL101 refuted
        self.name = name
        self.tracks = [*tracks]

    def enqueue(self, track):
        self.tracks.append(track)
        return self

    def duration(self, lengths):
        return sum(lengths.get(t, 180) for t in self.tracks)


_songs = itertools.count()


def scenario():
    n = next(_songs)
    pl = Playlist(f"mix-{n}").enqueue(f"song-{n}.ogg").enqueue(f"song-{n + 1}.ogg")
    return pl.duration({f"song-{n}.ogg": 200})
