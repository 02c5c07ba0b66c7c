from ..cells import cell


def render(rows):
    return "\n".join(f"{cell(r['name'])} {r['total']}" for r in rows)
