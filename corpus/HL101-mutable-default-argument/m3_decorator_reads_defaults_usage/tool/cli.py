"""command: builds a usage line from the option table in the command's last default argument."""


def command(fn):
    options = fn.__defaults__[-1]
    fn.usage = f"{fn.__name__} " + " ".join(f"[{flag} {value!r}]" for flag, value in options.items())
    return fn
