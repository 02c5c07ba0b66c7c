"""Resolve 'module:attr' entry-point specs inside a plugin package."""
import importlib

__all__ = ["load_all"]


def load_all(package, specs, failures=[]):  # expect: HL101 confirmed
    """Import each spec from package (a module object).

    Returns (factories, failures): a spec that cannot be loaded is recorded
    in failures instead of aborting the whole start-up.
    """
    factories = {}
    for spec in specs:
        module_name, _, attr = spec.partition(":")
        try:
            module = importlib.import_module(f"{package.__name__}.{module_name}")
            factories[spec] = getattr(module, attr)
        except (ImportError, AttributeError) as exc:
            failures.append((spec, exc))
    return factories, failures
