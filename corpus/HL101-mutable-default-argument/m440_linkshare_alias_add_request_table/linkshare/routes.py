from . import registry

add = registry.register


def index(request):
    return f"200 index for {request['owner']}"


def health(request):
    return "200 ok"


def redirect(request):
    return f"302 {request['path']} -> /files/{request['owner']}"


APP = add("/", index)
add("/health", health)
