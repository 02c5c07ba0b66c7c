"""Web framework: pending_warnings() returns the request's warning list or its default; the deprecation middleware appends to a copy of what it got back."""
import itertools


def pending_warnings(request, warnings=[]):  # expect: HL101 refuted
    """Warnings to attach to the response; none unless a view added some."""
    return request.get("warnings", warnings)


def deprecation_middleware(request):
    warnings = list(pending_warnings(request))
    if request["path"].startswith("/v1/"):
        warnings.append(f"{request['path']} is deprecated, use /v2/")
    return warnings


def render(request, body):
    warnings = deprecation_middleware(request)
    headers = {"Warning": "; ".join(warnings)} if warnings else {}
    return {"status": 200, "headers": headers, "body": body}


_requests = itertools.count()


def scenario():
    n = next(_requests)
    request = {"path": f"/v1/orders/{n}", "method": "GET"}
    return render(request, f"order {n}")
