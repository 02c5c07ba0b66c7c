from blog import app


def page(body):
    return {"status": 200, "body": body, "headers": {}}


@app.route(r"/posts/(?P<slug>[\w-]+)")
def post(slug):
    return page(f"<article>{slug.replace('-', ' ').title()}</article>")


@app.route(r"/authors/(?P<name>\w+)")
def author(name):
    return page(f"<h1>Posts by {name}</h1>")


@app.route(r"/")
def index():
    return page("<h1>Latest posts</h1>")
