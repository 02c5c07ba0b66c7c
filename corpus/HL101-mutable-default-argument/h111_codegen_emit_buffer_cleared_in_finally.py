"""Serializer code generator: lines go through emit(), whose list default is
the output buffer, and an `indented` context manager opens a block. Each
model's code is joined from the buffer, which is emptied in a finally block
whether generation succeeded or failed."""
import contextlib
import itertools

_models = itertools.count()
_depth = [0]


def emit(line=None, out=[]):  # expect: HL101 refuted
    if line is not None:
        out.append("    " * _depth[0] + line)
    return out


@contextlib.contextmanager
def indented(header):
    emit(header + ":")
    _depth[0] += 1
    try:
        yield
    finally:
        _depth[0] -= 1


def generate_serializer(model, fields):
    out = emit()
    try:
        with indented(f"def dump_{model}(obj)"):
            emit("return {" + ", ".join(f"{f!r}: obj.{f}" for f in fields) + "}")
        return "\n".join(out)
    finally:
        out.clear()


def scenario():
    n = next(_models)
    return generate_serializer(f"invoice_{n}", ["id", f"line_{n}", "total"])
