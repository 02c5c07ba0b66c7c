from .escaping import escape


def add_class(classes, *names):
    for name in names:
        if name and name not in classes:
            classes.append(name)
    return classes


def render(attributes):
    parts = []
    for key, value in attributes.items():
        if value is None or value is False:
            continue
        if isinstance(value, (list, tuple)):
            value = " ".join(value)
        parts.append(f' {key}="{escape(value)}"')
    return "".join(parts)
