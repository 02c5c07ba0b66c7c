"""Cache keys for compiled templates: keyed by everything in the render context."""


def cache_key(name, context):
    return (name, tuple(sorted(context.items())))
