def _render(name, value, tags):
    rendered = ",".join(f"{key}={val}" for key, val in sorted(tags.items()))
    if not rendered:
        return f"{name}:{value}|g"
    return f"{name}:{value}|g|#{rendered}"


def console_sink(name, value, tags):
    line = _render(name, value, tags)
    return len(line)


def tagged_sink(name, value, tags, request_id=None):
    if request_id is not None:
        tags = dict(tags, request_id=request_id)
    return len(_render(name, value, tags))
