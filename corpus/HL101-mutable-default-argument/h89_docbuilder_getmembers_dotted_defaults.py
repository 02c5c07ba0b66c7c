"""API reference builder: walks a module with inspect.getmembers, recursing into classes, and collects docs and signatures keyed by dotted path."""
import inspect
import itertools
import types


class ReferenceBuilder:
    # heaplint-todo: the store at line 17 sits behind conditions heaplint cannot evaluate, and no way it tried reached it (heaplint: unknown)
    def collect(self, obj, prefix, functions={}, classes={}):  # expect: HL101 confirmed
        for name, member in inspect.getmembers(obj):
            if name.startswith("_"):
                continue
            dotted = f"{prefix}.{name}"
            if inspect.isclass(member):
                classes[dotted] = inspect.getdoc(member) or ""
                self.collect(member, dotted, functions, classes)
            elif inspect.isfunction(member):
                functions[dotted] = str(inspect.signature(member))
        return functions, classes

    def render(self, module):
        functions, classes = self.collect(module, module.__name__)
        mine = module.__name__ + "."
        lines = [f"class {k}: {doc}" for k, doc in sorted(classes.items()) if k.startswith(mine)]
        lines += [f"def {k}{sig}" for k, sig in sorted(functions.items()) if k.startswith(mine)]
        return "\n".join(lines)


def write_rows(sink, rows, *, sep=","):
    return sep.join(map(str, rows))


_plugins = itertools.count()


def scenario():
    module = types.ModuleType(f"plugins.p{next(_plugins)}")
    module.Exporter = type("Exporter", (), {"__doc__": "Writes rows to a sink.", "write": write_rows})
    module.write_rows = write_rows
    return ReferenceBuilder().render(module)
