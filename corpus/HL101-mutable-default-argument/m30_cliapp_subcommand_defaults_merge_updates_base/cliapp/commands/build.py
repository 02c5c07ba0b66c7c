from ..util import merge_options, parse_flags


def run(argv, defaults={"target": "debug", "jobs": "1"}):  # expect: HL101 confirmed
    opts = merge_options(defaults, parse_flags(argv))
    defines = sorted(k[7:] for k in opts if k.startswith("define:"))
    cmd = ["cc", f"-j{opts['jobs']}", f"--profile={opts['target']}"]
    cmd += [f"-D{name}={opts['define:' + name]}" for name in defines]
    return cmd
