"""Theming: the palette property hands out the stored default dict; the caller copies it before adding a colour."""
import itertools


class Theme:
    def __init__(self, name, palette={"fg": "#222222", "bg": "#ffffff"}):  # expect: HL101 refuted
        self.name = name
        self._palette = palette

    @property
    def palette(self):
        return self._palette

    def css(self):
        return ";".join(f"--{k}:{v}" for k, v in self._palette.items())


_themes = itertools.count()


def scenario():
    n = next(_themes)
    theme = Theme(f"custom-{n}")
    colors = dict(theme.palette)
    colors[f"accent-{n}"] = f"#{n % 0xFFFFFF:06x}"
    return theme.css(), len(colors)
