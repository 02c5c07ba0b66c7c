"""Driver: parse and emit every file, collecting syntax errors as diagnostics."""
from .errors import CompileError
from .grammar import ExprParser


def emit(node, out):
    if node[0] in ("num", "load"):
        out.append(f"{node[0].upper()} {node[1]}")
    else:
        emit(node[1], out)
        emit(node[2], out)
        out.append({"+": "ADD", "-": "SUB", "*": "MUL"}[node[0]])
    return out


def compile_one(source, filename):
    parser = ExprParser(source, filename)
    tree = parser.parse()
    parser.memo.clear()  # the packrat table is only needed while parsing
    return emit(tree, [])


def compile_all(sources):
    code, diagnostics = [], []
    for filename, source in sources:
        try:
            code.append(compile_one(source, filename))
        except CompileError as exc:
            diagnostics.append(str(exc))
    return code, diagnostics
