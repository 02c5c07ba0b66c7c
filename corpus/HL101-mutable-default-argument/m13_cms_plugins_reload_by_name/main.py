import itertools

import app

_ids = itertools.count()


def scenario():
    n = next(_ids)
    return len(app.render_page(f"# Post {n}\n\nHello *world* number {n}"))
