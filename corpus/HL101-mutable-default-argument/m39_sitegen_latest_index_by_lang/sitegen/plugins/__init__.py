from ..registry import PageKind
from .blog import render_post, render_tag

HANDLERS = {
    PageKind.POST: render_post,
    PageKind.TAG: render_tag,
}


def handler_for(kind):
    try:
        return HANDLERS[PageKind(kind)]
    except (KeyError, ValueError):
        raise LookupError("no plugin renders %r pages" % (kind,)) from None
