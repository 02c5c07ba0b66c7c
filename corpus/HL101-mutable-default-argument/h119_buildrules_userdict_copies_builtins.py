"""Build system: each BUILD file is evaluated with a `RuleRegistry`, a
UserDict seeded with the built-in rules given as a dict default. Macros a
package defines are registered under their label with `self[label] = func`,
but `UserDict.__init__` (reached through `super()`) copies the built-ins into
a fresh `self.data`, so each package's macros live only in its own registry."""
import collections
import itertools

_packages = itertools.count()


def cc_library(name, srcs, deps=()):
    return {"kind": "cc_library", "name": name, "srcs": list(srcs), "deps": list(deps)}


class RuleRegistry(collections.UserDict):
    def __init__(self, package, builtins={"cc_library": cc_library}):  # expect: HL101 refuted
        super().__init__(builtins)
        self.package = package

    def macro(self, func):
        self[f"//{self.package}:{func.__name__}"] = func
        return func


def load_build_file(package):
    rules = RuleRegistry(package)

    @rules.macro
    def proto_library(name, protos):
        return rules["cc_library"](name, [p.replace(".proto", ".pb.cc") for p in protos])

    return [rules[f"//{package}:proto_library"]("api", [f"{package}/api.proto"])]


def scenario():
    return load_build_file(f"services/billing{next(_packages)}")[0]["srcs"]
