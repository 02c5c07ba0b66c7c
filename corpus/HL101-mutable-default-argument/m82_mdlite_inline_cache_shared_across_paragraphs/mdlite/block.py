"""Block structure: headings and paragraphs; each block's text is rendered inline."""
from .inline import render_inline


def render(source):
    blocks = []
    for chunk in source.split("\n\n"):
        chunk = chunk.strip()
        if chunk.startswith("# "):
            blocks.append(f"<h1>{render_inline(chunk[2:])}</h1>")
        elif chunk:
            text = " ".join(chunk.split())
            blocks.append(f"<p>{render_inline(text)}</p>")
    return "\n".join(blocks)
