"""Mail-merge rendering: `RenderOptions` holds the switches of a render and a
list that collects the names of placeholders the context did not define.
`render` derives per-call options from a default options object with
dataclasses.replace, which copies fields shallowly, so each derived copy
appends to the default's own `missing` list."""
import dataclasses
import html
import itertools

_ids = itertools.count()


@dataclasses.dataclass
class RenderOptions:
    autoescape: bool = True
    undefined: str = ""
    missing: list = dataclasses.field(default_factory=list)


class _Lenient(dict):
    def __init__(self, values, opts):
        super().__init__(values)
        self.opts = opts

    def __missing__(self, key):
        self.opts.missing.append(key)
        return self.opts.undefined


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 34 (heaplint: unknown)
def render(source, context, autoescape=None, options=RenderOptions()):  # expect: HL101 confirmed
    opts = dataclasses.replace(options, autoescape=options.autoescape if autoescape is None else autoescape)
    if opts.autoescape:
        context = {key: html.escape(str(value)) for key, value in context.items()}
    return source.format_map(_Lenient(context, opts)), len(opts.missing)


def scenario():
    n = next(_ids)
    source = "Hi {name}, your code for campaign %d is {code_%d}." % (n, n)
    return render(source, {"name": f"Ann <{n}@example.org>"})
