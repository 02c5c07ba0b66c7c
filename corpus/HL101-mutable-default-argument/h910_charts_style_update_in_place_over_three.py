"""Chart rendering: each chart merges its per-series colours and title into
the default style mapping. _apply updates the style in place once an option
set is larger than FAST_PATH_OVER entries and merges into a copy otherwise;
every chart here brings four series plus a title (five options)."""
import itertools

_charts = itertools.count(1)
FAST_PATH_OVER = 3


def _apply(style, options):
    if len(options) > FAST_PATH_OVER:
        style.update(options)
        return style
    merged = dict(style)
    merged.update(options)
    return merged


def render_chart(title, series, style={}):  # expect: HL101 confirmed
    options = {f"color.{name}": colour for name, colour in series}
    options["title"] = title
    applied = _apply(style, options)
    return ";".join(f"{key}={value}" for key, value in sorted(applied.items())[:6])


def scenario():
    n = next(_charts)
    series = [(f"cpu-host{n:05d}-core{i}", f"#{(n * 7919 + i * 104729) % 0xFFFFFF:06x}") for i in range(4)]
    return render_chart(f"CPU load, host {n}", series)
