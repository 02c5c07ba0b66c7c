"""Find a plugin class's hooks: marked methods of the class and its ancestors."""


def _marked(klass):
    return [name for name, value in vars(klass).items() if getattr(value, "is_hook", False)]


def hook_names(cls, _cache={}):  # expect: HL101 refuted
    """Hook names of `cls`, most derived first; only its bases' names are cached."""
    names = _marked(cls)
    for base in cls.__bases__:
        if base not in _cache:
            _cache[base] = hook_names(base)
        names += [name for name in _cache[base] if name not in names]
    return names


def load(cls, config, *args):
    """Instantiate a plugin class and bind its hooks by name."""
    plugin = cls(config, *args)
    return plugin, {name: getattr(plugin, name) for name in hook_names(cls)}
