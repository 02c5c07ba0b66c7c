"""Serializer code generator: emit()'s list default is the output buffer and
`indented` opens a block. Each model's code is the buffer's tail from a mark,
dropped only when generation fails, so generated models stay buffered."""
import contextlib
import itertools

_models, _depth = itertools.count(), [0]


def emit(line=None, out=[]):  # expect: HL101 confirmed
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
    start = len(out)  # where this model's lines begin
    try:
        with indented(f"def dump_{model}(obj)"):
            emit("return {" + ", ".join(f"{f!r}: obj.{f}" for f in fields) + "}")
    except Exception:
        del out[start:]
        raise
    return "\n".join(out[start:])


def scenario():
    n = next(_models)
    return generate_serializer(f"invoice_{n}", ["id", f"line_{n}", "total"])
