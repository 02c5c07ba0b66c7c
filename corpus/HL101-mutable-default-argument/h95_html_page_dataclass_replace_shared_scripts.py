"""Page renderer: an options dataclass carries title and script tags; per-page tweaks are made with dataclasses.replace."""
import dataclasses
import itertools


@dataclasses.dataclass
class PageOptions:
    title: str = "Untitled"
    lang: str = "en"
    scripts: list = dataclasses.field(default_factory=list)

    @property
    def script_tags(self):
        return "".join(f'<script src="{src}" defer></script>' for src in self.scripts)


def render_page(body, title=None, page_js=(), options=PageOptions(scripts=["/static/app.js"])):  # expect: HL101 confirmed
    options = dataclasses.replace(options, title=title or options.title)
    options.scripts.extend(page_js)
    head = f"<title>{options.title}</title>{options.script_tags}"
    return f'<!doctype html><html lang="{options.lang}"><head>{head}</head><body>{body}</body></html>'


_pages = itertools.count()


def scenario():
    n = next(_pages)
    return len(render_page(f"<h1>Report {n}</h1>", title=f"Report {n}", page_js=[f"/static/report.{n}.js"]))
