"""Template helpers in the style of small static-site generators: contexts are merged into new dicts."""
BASE = {"title": "Untitled", "lang": "en"}


def merge_context(ctx, extra, **kw):
    merged = {**BASE, **ctx}
    merged.update(dict(extra))
    merged.update(kw)
    return merged


def render(template, context):
    keys = list(context)
    return template.format(**{k: context[k] for k in keys})
