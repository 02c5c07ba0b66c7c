"""Package linter: reports whether a module import graph has a cycle. The
depth-first check keeps the modules on the current import path in a set
default: a module is added on entry and discarded in a `finally`, so the
early `return True` on finding a cycle still leaves the set empty."""
import itertools

_ids = itertools.count()


def has_cycle(imports, module, on_path=set(), done=None):  # expect: HL101 refuted
    done = set() if done is None else done
    if module in on_path:
        return True
    if module in done:
        return False
    on_path.add(module)
    try:
        for dep in imports.get(module, ()):
            if has_cycle(imports, dep, on_path, done):
                return True
    finally:
        on_path.discard(module)
    done.add(module)
    return False


def scenario():
    app = f"app{next(_ids)}"
    imports = {f"{app}.models": [f"{app}.utils", f"{app}.views"], f"{app}.utils": [],
               f"{app}.views": [f"{app}.urls"], f"{app}.urls": [f"{app}.models"]}
    return has_cycle(imports, f"{app}.models")
