"""Prints CPython's symbol tables and code-object qualnames for one file, in the
format PythonModelTests compares against heaplint's lowering.

    python3 symtable_dump.py FILE

Scope lines:  S <type> <name> <line>: <symbol>=<binding> ... (symbols sorted)
Qualnames:    Q <co_qualname>   (every code object except the module and comprehensions)
Annotation blocks (`from __future__ import annotations`) are internal and skipped.
Exit status 3 when the file does not compile (the test skips it).
"""
import sys, symtable, _symtable

NAMES = {_symtable.LOCAL: "local", _symtable.CELL: "cell", _symtable.FREE: "free",
         _symtable.GLOBAL_EXPLICIT: "globalExplicit", _symtable.GLOBAL_IMPLICIT: "globalImplicit"}
TYPES = {_symtable.TYPE_MODULE: "module", _symtable.TYPE_FUNCTION: "function", _symtable.TYPE_CLASS: "class"}

def scope_of(sym):
    return (sym._Symbol__flags >> _symtable.SCOPE_OFF) & _symtable.SCOPE_MASK

def dump_tables(top):
    out = []
    stack = [top]
    while stack:
        t = stack.pop()
        kind = TYPES.get(t._table.type)
        if kind is None:
            continue  # annotation block
        syms = {s.get_name(): NAMES.get(scope_of(s), "?") for s in t.get_symbols()}
        if kind == "class":
            # The compiler gives the class body a `__class__` cell when a method needs it.
            for c in t.get_children():
                if TYPES.get(c._table.type) and any(
                        s.get_name() == "__class__" and scope_of(s) == _symtable.FREE for s in c.get_symbols()):
                    syms["__class__"] = "cell"
        body = " ".join(f"{k}={v}" for k, v in sorted(syms.items()))
        out.append(f"S {kind} {t.get_name()} {t.get_lineno()}: {body}")
        stack.extend(t.get_children())
    return out

def dump_qualnames(code):
    out = []
    stack = [code]
    while stack:
        c = stack.pop()
        if c is not code and c.co_name not in ("<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"):
            out.append(f"Q {c.co_qualname}")
        stack.extend(k for k in c.co_consts if hasattr(k, "co_code"))
    return out

def main():
    path = sys.argv[1]
    with open(path, "rb") as f:
        src = f.read()
    try:
        code = compile(src, path, "exec", dont_inherit=True)
        top = symtable.symtable(src.decode("utf-8"), path, "exec")
    except (SyntaxError, ValueError, UnicodeDecodeError) as e:
        print(f"cannot compile: {e}", file=sys.stderr)
        sys.exit(3)
    lines = dump_tables(top) + dump_qualnames(code)
    print("\n".join(sorted(lines)))

main()
