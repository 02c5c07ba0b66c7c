"""Build system: each BUILD file is evaluated with a `RuleRegistry`, a
ChainMap over the built-in rules given as a dict default. Macros a package
defines are registered under their label with `self[label] = func`, and a
ChainMap writes into its first mapping -- here the shared default -- so the
macros of every package ever loaded stay registered."""
import collections
import itertools

_packages = itertools.count()


def cc_library(name, srcs, deps=()):
    return {"kind": "cc_library", "name": name, "srcs": list(srcs), "deps": list(deps)}


class RuleRegistry(collections.ChainMap):
    # heaplint-todo: it flows into collections.ChainMap.__init__(), which heaplint cannot see (heaplint: unknown)
    def __init__(self, package, builtins={"cc_library": cc_library}):  # expect: HL101 confirmed
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
