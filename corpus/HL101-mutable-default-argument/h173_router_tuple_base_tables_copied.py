"""Tiny URL router: build_router() turns (pattern, handler) specs into a
static table (dict) and a prefix table (list) and returns a match function.
The starting tables come from the tuple default `({}, [])`, but each build
copies them first, so tenant routes land in fresh tables owned by the
returned match function and the shared tuple's dict and list stay empty."""
import itertools


def build_router(specs, base=({}, [])):  # expect: HL101 refuted
    static, prefixed = dict(base[0]), list(base[1])
    for pattern, handler in specs:
        if pattern.endswith("/*"):
            prefixed.append((pattern[:-1], handler))
        else:
            static[pattern] = handler

    def match(path):
        if path in static:
            return static[path]
        return next((h for p, h in reversed(prefixed) if path.startswith(p)), None)

    return match


_tenants = itertools.count()


def scenario():
    n = next(_tenants)
    match = build_router([(f"/t{n}/health", "health"), (f"/t{n}/files/*", "files")])
    return match(f"/t{n}/files/report-{n}.pdf"), match(f"/t{n}/health")
