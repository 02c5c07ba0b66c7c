import itertools

from tmpl import DictLoader, Environment, TemplateNotFound

_seq = itertools.count(1)
LOADER = DictLoader({
    "default/emails/welcome.txt": "Hello {{ name }}, welcome to {{ site }}!",
    "tenants/acme/emails/welcome.txt": "Hi {{name}} from ACME",
})


def render_email(env, requested, **context):
    try:
        return env.get_template(requested).render(**context)
    except (TemplateNotFound, ValueError):
        return env.get_template("emails/welcome.txt").render(**context)


def scenario():
    n = next(_seq)
    tenant = "acme" if n % 5 == 0 else "tenant%d" % n
    env = Environment(LOADER, searchpath=("tenants/" + tenant, "default"))
    requested = "emails/../../secrets.txt" if n % 2 else "emails/welcome.txt"
    return render_email(env, requested, name="user%d" % n, site="example.com")
