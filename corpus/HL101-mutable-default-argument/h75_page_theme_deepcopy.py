"""Site builder: each page renders with its own copy of the site theme plus page-specific assets."""
import copy
import itertools
from string import Template


class Theme(dict):
    def __init__(self, accent, **extra):
        super().__init__(accent=accent, stylesheets=["base.css", "print.css"], **extra)

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


PAGE = Template('<link rel="stylesheet" href="$hrefs"><h1 style="color:$accent">$title</h1>')


# heaplint-todo: it flows into `copy.deepcopy()` of an object heaplint cannot copy, which heaplint cannot see (heaplint: unknown)
def render_page(title, slug, theme=Theme("teal", font="Inter")):  # expect: HL101 refuted
    page_theme = copy.deepcopy(theme)
    page_theme.stylesheets.append(f"pages/{slug}.css")
    return PAGE.substitute(
        hrefs='"><link rel="stylesheet" href="'.join(page_theme.stylesheets),
        accent=page_theme.accent,
        title=title,
    )


_pages = itertools.count()


def scenario():
    n = next(_pages)
    return render_page(f"Changelog {n}", f"changelog-{n}")
