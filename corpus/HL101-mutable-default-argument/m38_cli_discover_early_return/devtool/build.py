NAME = "build"
DEFAULTS = {"target": "wheel", "jobs": 1, "verbose": False}
LAST_RESULT = {}


def parse_args(args):
    options = dict(DEFAULTS)
    for arg in args:
        if arg.startswith("--target="):
            options["target"] = arg.split("=", 1)[1]
        elif arg.startswith("-j") and arg[2:].isdigit():
            options["jobs"] = int(arg[2:])
        elif arg in ("-v", "--verbose"):
            options["verbose"] = True
        else:
            raise SystemExit("build: unexpected argument %r" % arg)
    return options


def run(args):
    options = parse_args(args)
    steps = ["configure", "compile", "package:" + options["target"]]
    if options["jobs"] > 1:
        steps[1] += " (parallel x%d)" % options["jobs"]
    LAST_RESULT.clear()
    LAST_RESULT.update(options, steps=steps)
    return 0
