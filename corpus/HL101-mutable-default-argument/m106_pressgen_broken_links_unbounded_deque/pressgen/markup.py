import html
import re

_LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
_CODE = re.compile(r"`([^`]+)`")


def to_html(text):
    """'# ' headings, `code` and [text](url) links; everything else is a <p>."""
    blocks = []
    for line in html.escape(text, quote=False).splitlines():
        line = _CODE.sub(r"<code>\1</code>", line)
        line = _LINK.sub(r'<a href="\2">\1</a>', line)
        if line.startswith("# "):
            blocks.append(f"<h1>{line[2:]}</h1>")
        elif line:
            blocks.append(f"<p>{line}</p>")
    return "\n".join(blocks)
