from .. import default_registry


def route(path, view, registry=default_registry):  # expect: HL101 refuted
    """Register `view` for `path` and return what the registry now serves there."""
    registry.add(path, view)
    return registry.resolve(path)


def publish(item_id, title):
    def show(request):
        return f"<h1>{title}</h1><p>viewed by {request['user']}</p>"

    view = route(f"/items/{item_id}", show)
    return view({"user": "editor"})
