"""Config loader: load() resolves one section from its overrides and an
options dict (empty by default). _normalize() lower-cases the override keys
into a new dict, _merge() layers them over the options with dict(a, **b),
and _remember() copies the result back into options, but only when the
caller asks for remember=True. The CLI in scenario() never passes --save,
so the growing path is not taken and the default dict stays empty."""
import itertools

_ids = itertools.count()


def _normalize(overrides):
    return {key.lower().replace("-", "_"): value for key, value in overrides.items()}


def _merge(options, overrides):
    return dict(options, **overrides)


def _remember(options, merged):
    options.update(merged)


def load(section, overrides, options={}, remember=False):  # expect: HL101 refuted
    merged = _merge(options, _normalize(overrides))
    if remember:
        _remember(options, merged)
    return {key: value for key, value in merged.items() if key.startswith(section)}


def scenario():
    n = next(_ids)
    cli = {"save": False, f"DB-Replica-{n}": f"10.0.{n % 256}.{n % 7}", "db-pool": str(n % 20)}
    return load("db_", {k: v for k, v in cli.items() if k != "save"}, remember=cli["save"])
