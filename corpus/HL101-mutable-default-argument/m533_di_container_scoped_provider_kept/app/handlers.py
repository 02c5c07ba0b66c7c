from .container import Container


def handle_profile(request):
    container = Container()
    key = f"request:{request['id']}"
    with container.registry.scoped(key, lambda: dict(request)) as registry:
        current = registry.resolve(key)
        return {"status": 200, "user": current["user"]}
