"""Preview server: every preview request spins up the tenant's storefront app."""
import itertools

import shopfront as site

_previews = itertools.count()


def scenario():
    n = next(_previews)
    app = site.create_app(f"tenant-{n}")
    path = "/health" if n % 3 == 0 else "/"
    response = app.handle(path, ref=f"preview-{n}")
    return response.status, response.body, len(response.headers)
