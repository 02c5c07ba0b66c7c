"""Multi-tenant mailer: render each new tenant's welcome mail from its own templates."""
import itertools

from tmpl import Environment

_tenants = itertools.count(1)


def scenario():
    n = next(_tenants)
    sources = {
        f"t{n}/welcome.txt": f"Hello {{{{ user | upper }}}},\n{{{{> t{n}/footer.txt }}}}",
        f"t{n}/footer.txt": f"-- {{{{ site_name }}}} / tenant {n}",
    }
    env = Environment(sources)
    return env.render(f"t{n}/welcome.txt", user=f"user{n}")
