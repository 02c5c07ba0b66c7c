"""Multi-tenant request scoping: code inside ``tenant_scope`` sees the active tenant and its plan limits."""
import contextlib
import itertools
import re

PLANS = {"free": {"max_projects": 3}, "pro": {"max_projects": 50}, "team": {"max_projects": 500}}
_SLUG = re.compile(r"^(?P<tenant>[a-z][a-z0-9-]{2,40}):(?P<plan>\w+)$")


@contextlib.contextmanager
def tenant_scope(spec, _active=[]):  # expect: HL101 confirmed
    match = _SLUG.match(spec)
    if match is None:
        raise ValueError(f"malformed tenant spec {spec!r}")
    _active.append(match["tenant"])
    limits = PLANS[match["plan"]]
    try:
        yield _active[-1], limits
    finally:
        _active.pop()


def create_project(spec, name):
    with tenant_scope(spec) as (tenant, limits):
        return {"tenant": tenant, "project": name, "quota": limits["max_projects"]}


_signups = itertools.count()


def scenario():
    n = next(_signups)
    created = [create_project(f"acme-{n}:pro", f"site-{n}")]
    for spec in (f"globex-{n}:trial", f"Initech {n}"):
        try:
            created.append(create_project(spec, f"app-{n}"))
        except (KeyError, ValueError):
            pass
    return created
