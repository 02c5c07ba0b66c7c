"""Multi-tenant site: render each tenant's landing page."""
import itertools

from templating import Loader

_tenants = itertools.count()


def scenario():
    n = next(_tenants)
    sources = {
        f"t{n}/page.html": f'{{% include "t{n}/nav.html" %}}\n<h1>Tenant {n}</h1>',
        f"t{n}/nav.html": f'<nav><a href="/t{n}/">home</a></nav>',
    }
    return Loader(sources).load(f"t{n}/page.html")
