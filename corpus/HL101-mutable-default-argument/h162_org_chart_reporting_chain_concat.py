"""HR tool: records the management chain above every employee of an org
chart. The recursive walker receives the chain so far as a list default and
extends it with `chain = chain + [name]`, which builds a new list at each
level and rebinds the local name, so the default itself is never modified."""
import itertools

_ids = itertools.count()


def reporting_chains(employee, reports, chain=[]):  # expect: HL101 refuted
    name = employee["name"]
    chain = chain + [name]
    reports[name] = " / ".join(chain)
    for member in employee.get("team", ()):
        reporting_chains(member, reports, chain)
    return reports


def org_chart(dept):
    return {"name": f"{dept}-vice-president", "team": [
        {"name": f"{dept}-team-lead", "team": [
            {"name": f"{dept}-developer-1"}, {"name": f"{dept}-developer-2"}]},
        {"name": f"{dept}-product-manager"},
    ]}


def scenario():
    n = next(_ids)
    return len(reporting_chains(org_chart(f"dept{n}"), {}))
