"""WHERE-clause helpers shared by the builders."""


def with_clause(acc, clause):
    """Return the clause list with `clause` added at the end."""
    return list(acc) + [clause]


def render_where(clauses):
    if not clauses:
        return ""
    return " WHERE " + " AND ".join(f"({clause})" for clause in clauses)
