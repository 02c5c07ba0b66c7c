"""Issue tracker client: build_payload() merges the caller's custom fields,
passed as **custom (customfield_<id>=...), into a `fields` dict that defaults
to {} with fields.update(custom). Each project has its own custom field ids,
so the shared default collects one more customfield_* key per issue."""
import itertools

_issues = itertools.count()


def build_payload(project, summary, fields={}, **custom):  # expect: HL101 confirmed
    fields.update(custom)
    fields["project"] = {"key": project}
    fields["summary"] = summary
    return {"fields": fields}


def create_issue(project, summary, custom):
    payload = build_payload(project, summary, **custom)
    return len(payload["fields"]), payload["fields"]["summary"]


def scenario():
    n = next(_issues)
    custom = {f"customfield_{10000 + n}": f"Sprint {n} carry-over from release train {n // 7}"}
    return create_issue(f"OPS{n % 5}", f"Rotate credentials for host-{n}", custom)
