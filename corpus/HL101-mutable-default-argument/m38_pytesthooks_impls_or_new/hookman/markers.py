class HookImpl:
    def __init__(self, plugin, name, function, opts):
        self.plugin = plugin
        self.name = name
        self.function = function
        self.tryfirst = opts.get("tryfirst", False)
        self.trylast = opts.get("trylast", False)


def hookimpl(tryfirst=False, trylast=False):
    def mark(function):
        function.hookimpl_opts = {"tryfirst": tryfirst, "trylast": trylast}
        return function
    return mark


def collect_hookimpls(plugin, prefix, impls=[]):  # expect: HL101 refuted
    """Return the hook implementations of ``plugin``, appended to ``impls``."""
    impls = impls or []
    for attr in sorted(dir(plugin)):
        if not attr.startswith(prefix):
            continue
        function = getattr(plugin, attr)
        if not callable(function):
            continue
        opts = getattr(function, "hookimpl_opts", None) or {}
        impls.append(HookImpl(plugin, attr, function, opts))
    return impls
