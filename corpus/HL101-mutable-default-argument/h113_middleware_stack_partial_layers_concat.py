"""App factory: `build_app` binds a handler and a stack of response
middleware into one callable with functools.partial; a service name passed
through **options adds a Server-Timing layer to a new list built from the
layers it was given."""
import functools
import itertools

_apps = itertools.count()


def cors(request, response, origin="*"):
    return dict(response, cors=origin)


def timing(request, response, label):
    return dict(response, server_timing=f"{label};dur=0")


def run_stack(handler, layers, request):
    response = handler(request)
    for layer in layers:
        response = layer(request, response)
    return response


def build_app(handler, layers=[cors], **options):  # expect: HL101 refuted
    if options.get("name"):
        layers = [*layers, functools.partial(timing, label=options["name"])]
    return functools.partial(run_stack, handler, layers)


def health(request):
    return {"status": 200, "path": request["path"]}


def scenario():
    n = next(_apps)
    app = build_app(health, name=f"svc{n}", debug=False)
    return app({"path": f"/health/{n}"})
