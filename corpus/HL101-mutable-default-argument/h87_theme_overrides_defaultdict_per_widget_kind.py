"""Widget themes: a theme layers per-kind overrides over its palette; subclasses only pick the palette."""
import collections
import itertools

BASE = {"font": "Helvetica", "size": 10, "fg": "#202020", "bg": "#ffffff"}


class Theme:
    def __init__(self, name, palette=None, overrides=collections.defaultdict(dict)):  # expect: HL101 refuted
        self.name = name
        self.palette = {**BASE, **(palette or {})}
        self.overrides = overrides

    def override(self, widget, **options):
        self.overrides[widget.kind].update(options)

    def style_for(self, widget):
        return {**self.palette, **self.overrides.get(widget.kind, {})}


class DarkTheme(Theme):
    def __init__(self, **kwargs):
        super().__init__("dark", {"fg": "#e0e0e0", "bg": "#101010"}, **kwargs)


Widget = collections.namedtuple("Widget", "id kind text")
_widgets = itertools.count()


def scenario():
    n = next(_widgets)
    theme = DarkTheme()
    button = Widget(f"save-{n}", ("TButton", "TLabel", "TEntry")[n % 3], "Save")
    theme.override(button, size=12, fg=f"#{n % 256:02x}8040")
    style = theme.style_for(button)
    return "{text} [{font} {size}pt {fg} on {bg}]".format(text=button.text, **style)
