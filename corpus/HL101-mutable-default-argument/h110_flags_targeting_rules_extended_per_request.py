"""Feature flags: a flag is evaluated per request against targeting rules,
highest priority first. `evaluate` takes the global kill-switch rule as a
list default and extends that list with the flag's own rules before
sorting, so every request's rules (and the closures they hold) pile up in
the default."""
import itertools

_requests = itertools.count()


def _in_maintenance(ctx):
    return ctx.get("maintenance", False)


def evaluate(flag, context, rules=[(100, "maintenance", _in_maintenance, False)]):  # expect: HL101 confirmed
    rules.extend(flag["rules"])
    for priority, name, predicate, result in sorted(rules, key=lambda rule: -rule[0]):
        if predicate(context):
            return result, name
    return flag["default"], "default"


def make_flag(n):
    beta = frozenset("org-%d" % i for i in range(n, n + 3))
    return {
        "key": "new-editor-%d" % n,
        "default": False,
        "rules": [(50, "beta-orgs", lambda ctx: ctx["org"] in beta, True),
                  (10, "staff", lambda ctx: ctx["email"].endswith("@corp.example"), True)],
    }


def scenario():
    n = next(_requests)
    return evaluate(make_flag(n), {"org": "org-%d" % (n + 1), "email": "u%d@mail.example" % n})
