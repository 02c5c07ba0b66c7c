"""checks: compare a loaded config with a schema of Field objects."""

__all__ = ["check"]


def check(config, schema, problems={}):  # expect: HL101 refuted
    """Map each offending option to what is wrong with it; empty when valid."""
    for name, spec in schema.items():
        if name not in config:
            if spec.required:
                problems[name] = "missing required option"
            continue
        issue = spec.problem(config[name])
        if issue:
            problems[name] = issue
    unknown = sorted(name for name in config if name not in schema)
    if unknown:
        problems["(unknown)"] = ", ".join(unknown)
    return problems
