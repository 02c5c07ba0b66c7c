"""Access control: a resource's ACL is a list of (prefix, principal, verdict)
rules and the most specific matching rule wins. `decide` accepts the
resource's rules as a list or a {prefix: verdict} dict and scans the
site-wide rules, a list default, chained with them, so the site-wide list
is only read."""
import itertools

_ids = itertools.count()


def specificity(rule):
    prefix, principal, _ = rule
    return (len(prefix), principal != "*")


def decide(path, principal, rules, site_rules=[("/", "*", "deny"), ("/public/", "*", "allow")]):  # expect: HL101 refuted
    if isinstance(rules, dict):
        rules = [(prefix, "*", verdict) for prefix, verdict in rules.items()]
    candidates = itertools.chain(site_rules, rules)
    matching = [r for r in candidates if path.startswith(r[0]) and r[1] in ("*", principal)]
    try:
        return max(matching, key=specificity)[2]
    except ValueError:
        return "deny"


def scenario():
    n = next(_ids)
    base = "/projects/p%d/" % n
    rules = [(base, "team-%d" % n, "allow"), (base + "secrets/", "*", "deny")]
    return (decide(base + "readme", "team-%d" % n, rules),
            decide(base + "secrets/key", "team-%d" % n, {base + "secrets/": "deny"}))
