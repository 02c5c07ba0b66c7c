"""Rendering with optional profiling: when profiling is enabled in settings
and requested by the options, (path, size) pairs go to opts["timings"]."""
import settings

__all__ = ["render_page"]


def render_page(template, context, opts={"profile": True, "timings": []}):  # expect: HL101 refuted
    body = template.format(**context)
    if not settings.PROFILE:
        return body
    if opts.get("profile"):
        opts["timings"].append((context["path"], len(body)))
    return body
