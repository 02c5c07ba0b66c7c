"""Template rendering: `block` is a context manager that pushes a frame for
the block being rendered onto a stack (a list default) so nested blocks can
find their parent, and pops it after the body. A block whose body names a
variable the context lacks raises `KeyError`; the page renders it empty, but
the exception skips the pop, so every such block leaves its frame behind."""
import contextlib
import itertools

_ids = itertools.count()


@contextlib.contextmanager
def block(name, stack=[]):  # expect: HL101 confirmed
    frame = {"name": name, "parent": stack[-1]["name"] if stack else None, "parts": []}
    stack.append(frame)
    yield frame["parts"]
    stack.pop()


def render_page(blocks, context):
    out = []
    for name, body in blocks:
        try:
            with block(name) as parts:
                parts.append(body.format_map(context))
                out.append(f"<section id={name!r}>{''.join(parts)}</section>")
        except KeyError as missing:
            out.append(f"<!-- {name}: {missing} undefined -->")
    return "\n".join(out)


def scenario():
    n = next(_ids)
    blocks = [("header", "<h1>Order {order}</h1>"), ("sidebar", "{recommended}"), ("body", "Total: {total:.2f}")]
    return render_page(blocks, {"order": n, "total": n * 1.25})
