"""Multi-tenant mailer: every tenant's welcome mail uses the same template names."""
import itertools

from tmpl import Environment

_tenants = itertools.count(1)


def scenario():
    n = next(_tenants)
    sources = {
        "welcome.txt": "Hello {{ user | upper }},\n{{> footer.txt }}",
        "footer.txt": f"-- {{{{ site_name }}}} / tenant {n}",
    }
    env = Environment(sources)
    return env.render("welcome.txt", user=f"user{n}")
