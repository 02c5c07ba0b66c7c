import itertools

import blog_models  # noqa: F401  (defines and registers the tables)
from orm import Session, registry

_seq = itertools.count(1)


def scenario():
    n = next(_seq)
    session = Session()
    author = registry["authors"].from_row({"name": "Author %d" % n, "email": "a%d@blog.test" % n, "id": n})
    for i in range(2):
        post = registry["posts"](title="Post %d of %d" % (i, n), created_at=n)
        author.attach("author_id", post)
    session.add(author)
    return session.commit()
