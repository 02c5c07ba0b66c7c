"""Page views: render_page hands its default context to templating helpers that only read it."""
from templating import merge_context, render


def render_page(slug, ctx={"site": "docs", "lang": "en"}, **extra):  # expect: HL101 refuted
    merged = merge_context(ctx, extra, slug=slug)
    return render("<h1>{title}</h1><p>{site}/{lang}/{slug}</p>", merged)
