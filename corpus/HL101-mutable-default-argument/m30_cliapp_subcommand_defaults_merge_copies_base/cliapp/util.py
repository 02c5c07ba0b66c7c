def parse_flags(argv):
    opts = {}
    for arg in argv:
        if arg.startswith("-D"):
            key, _, value = arg[2:].partition("=")
            opts["define:" + key] = value or "1"
        elif arg.startswith("--"):
            key, _, value = arg[2:].partition("=")
            opts[key.replace("-", "_")] = value
    return opts


def merge_options(base, overrides):
    merged = dict(base)
    merged.update(overrides)
    return merged
