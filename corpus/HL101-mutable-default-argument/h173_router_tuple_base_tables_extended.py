"""Tiny URL router: build_router() turns (pattern, handler) specs into a
static table (dict) and a prefix table (list) and returns a match function.
The starting tables come from the tuple default `({}, [])`; the tuple is
immutable but the dict and list inside it are filled in place, so every
tenant's routes stay in the shared tables."""
import itertools


def build_router(specs, base=({}, [])):  # expect: HL101 confirmed
    static, prefixed = base
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
