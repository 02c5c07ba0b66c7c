from wisp import App, Response

from .layers import no_store, tenant_header


def create_app(tenant):
    app = App(tenant)
    app.use(tenant_header(tenant))
    app.use(no_store)

    @app.route("/")
    def index(ref=None):
        return Response(f"welcome to {tenant} (via {ref})")

    @app.route("/health")
    def health(ref=None):
        return Response("ok")

    return app
