"""Minimal Markdown: '# ' lines become anchored headings, the rest paragraphs."""
import html
import re

_NON_WORD = re.compile(r"[^a-z0-9]+")


def _anchor(anchors, title):
    slug = _NON_WORD.sub("-", title.lower()).strip("-") or "section"
    count = anchors.get(slug, 0)
    anchors[slug] = count + 1
    return slug if count == 0 else f"{slug}-{count}"


def render(text, context):
    anchors = context.setdefault("anchors", {})
    out = []
    for line in text.splitlines():
        if line.startswith("# "):
            title = html.escape(line[2:])
            out.append(f'<h2 id="{_anchor(anchors, line[2:])}">{title}</h2>')
        elif line.strip():
            out.append(f"<p>{html.escape(line)}</p>")
    return "\n".join(out)
