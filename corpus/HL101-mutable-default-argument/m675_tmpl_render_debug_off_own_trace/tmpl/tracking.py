def track(ctx, name):
    """Remember which templates were rendered with this context."""
    ctx.setdefault("_rendered", set()).add(name)
    return len(ctx["_rendered"])
