"""Micro web framework: `add_url_rule()` lazily gives a blueprint its rule list
on first use (`if not hasattr(bp, "rules")`) from a copy of the default list.
Every API version builds a fresh Blueprint; its rules go to its own copy and
the default stays empty."""
import itertools

_versions = itertools.count(1)


class Blueprint:
    def __init__(self, name, url_prefix):
        self.name = name
        self.url_prefix = url_prefix


def add_url_rule(bp, rule, endpoint, view, rules=[]):  # expect: HL101 refuted
    if not hasattr(bp, "rules"):
        bp.rules = list(rules)
    bp.rules.append((bp.url_prefix + rule, f"{bp.name}.{endpoint}", view))


def url_map(bp):
    return {path: endpoint for path, endpoint, _ in bp.rules}


def list_users(request):
    return {"users": [], "page": request.get("page", 1)}


def get_user(request, user_id):
    return {"id": user_id}


def scenario():
    n = next(_versions)
    bp = Blueprint(f"api_v{n}", f"/api/v{n}")
    add_url_rule(bp, "/users", "list_users", list_users)
    add_url_rule(bp, "/users/<int:user_id>", "get_user", get_user)
    return url_map(bp)
