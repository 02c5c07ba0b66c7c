from . import render

TITLE = "Installing the CLI"


def preview(page_id, title, body):
    import sys

    return render.render_page(sys.modules[__name__], page_id, title, body)
