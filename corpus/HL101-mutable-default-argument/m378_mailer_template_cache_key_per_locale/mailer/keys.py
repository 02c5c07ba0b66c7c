"""Cache keys for compiled templates: a template differs only by name and locale."""


def cache_key(name, context):
    return (name, context["locale"])
