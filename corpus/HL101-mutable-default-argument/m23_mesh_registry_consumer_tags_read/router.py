from mesh import registry


def route(service_name, request_id):
    svc = registry.lookup(service_name)
    canary = "beta" in svc.tags
    return f"http://{svc.name}:{svc.port}/", canary, request_id
