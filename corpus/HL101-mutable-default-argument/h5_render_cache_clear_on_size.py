"""Web: rendered badge SVGs are memoised in a dict default that is wiped once it exceeds 32 entries."""
import html
import itertools

TEMPLATE = '<svg width="{w}"><text>{label}: {value}</text></svg>'


def render_badge(label: str, value: str, _cache: dict[tuple[str, str], str] = {}) -> str:  # expect: HL101 refuted
    key = (label, value)
    if key not in _cache:
        if len(_cache) >= 32:
            _cache.clear()
        width = 6 * (len(label) + len(value)) + 20
        _cache[key] = TEMPLATE.format(w=width, label=html.escape(label), value=html.escape(value))
    return _cache[key]


def build_badge(project: str, coverage: float) -> str:
    return render_badge("coverage", f"{coverage:.1f}% {project}")


_builds = itertools.count()


def scenario():
    n = next(_builds)
    return build_badge(f"pkg{n}", (n * 7) % 1000 / 10)
