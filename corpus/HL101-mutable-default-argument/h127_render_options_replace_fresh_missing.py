"""Mail-merge rendering: `RenderOptions` holds a render's switches and a list
collecting undefined placeholder names. `render` derives per-call options from
the default with dataclasses.replace, giving the copy a new `missing` list."""
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


def render(source, context, autoescape=None, options=RenderOptions()):  # expect: HL101 refuted
    flag = options.autoescape if autoescape is None else autoescape
    opts = dataclasses.replace(options, autoescape=flag, missing=[])
    if opts.autoescape:
        context = {key: html.escape(str(value)) for key, value in context.items()}
    return source.format_map(_Lenient(context, opts)), len(opts.missing)


def scenario():
    n = next(_ids)
    source = "Hi {name}, your code for campaign %d is {code_%d}." % (n, n)
    return render(source, {"name": f"Ann <{n}@example.org>"})
