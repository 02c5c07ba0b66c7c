_FORMS = {}


def form(cls):
    """Class decorator: make the form available to get_form() under its class name."""
    _FORMS[cls.__name__] = cls
    return cls


def get_form(name):
    return _FORMS[name]
