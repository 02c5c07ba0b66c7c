"""RPC stub generator: parameter names from the IDL become safe identifiers.
Keywords and builtins are reserved at import through the set default of
safe_name(), and each stub also reserves its method name there so no
parameter can shadow it."""
import builtins
import itertools
import keyword

_services = itertools.count()


def safe_name(name, reserve=False, _reserved=set()):  # expect: HL101 confirmed
    if reserve:
        _reserved.add(name)
        return name
    name = "".join(ch if ch.isalnum() else "_" for ch in name)
    if name[:1].isdigit():
        name = "_" + name
    return name + "_" if name in _reserved else name


for _word in keyword.kwlist + dir(builtins):
    safe_name(_word, reserve=True)


def stub(service, method, params):
    method = safe_name(safe_name(method), reserve=True)
    args = ", ".join(["self"] + [safe_name(p) for p in params])
    body = ", ".join(f"{p!r}: {safe_name(p)}" for p in params)
    return f"def {method}({args}):\n    return self.call({service!r}, {{{body}}})\n"


def scenario():
    n = next(_services)
    return stub(f"billing.v{n}", f"charge-{n}", ["from", "type", f"amount-{n}", "2fa"])
