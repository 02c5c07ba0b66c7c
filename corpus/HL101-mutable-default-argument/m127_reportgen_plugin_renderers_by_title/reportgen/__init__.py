"""reportgen: renders rows with a renderer plugin chosen by name."""
from .render import renderer_for


def render_report(kind, title, rows):
    return renderer_for(kind, title).render(rows)
