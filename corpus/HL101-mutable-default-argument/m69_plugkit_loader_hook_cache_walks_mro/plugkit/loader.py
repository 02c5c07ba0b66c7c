"""Find a plugin class's hooks: marked methods of the class and its ancestors."""


def _marked(klass):
    return [name for name, value in vars(klass).items() if getattr(value, "is_hook", False)]


def hook_names(cls, _cache={}):  # expect: HL101 confirmed
    """Hook names of `cls`, most derived first; each class's own hooks are cached."""
    names = []
    for klass in cls.__mro__:
        if klass not in _cache:
            _cache[klass] = _marked(klass)
        names += [name for name in _cache[klass] if name not in names]
    return names


def load(cls, config, *args):
    """Instantiate a plugin class and bind its hooks by name."""
    plugin = cls(config, *args)
    return plugin, {name: getattr(plugin, name) for name in hook_names(cls)}
