from typing import TYPE_CHECKING

from .slugs import anchor_for

if TYPE_CHECKING:
    from types import ModuleType


def render_page(chapter: "ModuleType", page_id, title, body):
    chapter_id = anchor_for(chapter.__name__, chapter.TITLE)
    page_anchor = anchor_for(f"{chapter.__name__}:{page_id}", title)
    return (
        f'<nav>{table_of_contents()}</nav>\n'
        f'<h1 id="{chapter_id}">{chapter.TITLE}</h1>\n'
        f'<h2 id="{page_anchor}">{title}</h2>\n<p>{body}</p>\n'
    )


def table_of_contents():
    from . import CHAPTERS  # docgen/__init__ imports the chapters, which import us

    return " | ".join(
        f'<a href="#{anchor_for(ch.__name__, ch.TITLE)}">{ch.TITLE}</a>' for ch in CHAPTERS
    )
