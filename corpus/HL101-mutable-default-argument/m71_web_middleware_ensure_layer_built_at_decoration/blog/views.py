from tinyweb import Response

from .decorators import with_header
from .site import app


@app.view("/posts")
@with_header("Cache-Control", "max-age=60")
def posts(user, page=1):
    return Response(f"<h1>Posts, page {page}</h1><p>signed in as {user}</p>")


@app.view("/drafts")
@with_header("Cache-Control", "max-age=60")
def drafts(user, page=1):
    return Response(f"<h1>Drafts of {user}, page {page}</h1>")
