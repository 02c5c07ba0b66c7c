import itertools

from webapp import create_app

_tenants = itertools.count(1)


def scenario():
    tenant = "t%d" % next(_tenants)
    app = create_app(tenant)
    page = app.dispatch("/%s/blog/posts/3" % tenant)
    assert page == "<h1>Post number 3</h1>", page
    assert app.dispatch("/%s/health" % tenant) == "ok"
