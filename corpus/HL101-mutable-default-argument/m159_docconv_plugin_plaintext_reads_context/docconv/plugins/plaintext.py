"""Plain text: escaped and preformatted, with an optional CSS class."""
import html


def render(text, context):
    css = context.get("css_class", "article")
    lines = [html.escape(line.rstrip()) for line in text.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return f'<pre class="{css}">' + "\n".join(lines) + "</pre>"
