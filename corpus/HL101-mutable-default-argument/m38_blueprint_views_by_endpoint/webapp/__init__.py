from .framework import Flask


def create_app(tenant):
    """Application factory: one app per tenant, as a test suite builds them."""
    from . import blog

    app = Flask(__name__, name="webapp-" + tenant)
    app.register_blueprint(blog.bp, url_prefix="/%s/blog" % tenant)

    @app.route("/%s/health" % tenant, endpoint="health")
    def health():
        return "ok"

    return app
