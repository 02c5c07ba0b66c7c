import itertools

_ids = itertools.count()
SETUP_CFG = """[build]
build_base = build
[build_ext]
inplace = 0
[install]
prefix = /usr/local
"""


class Distribution:
    def __init__(self, cfg_text):
        self.command_options = {}
        section = None
        for raw in cfg_text.splitlines():
            line = raw.strip()
            if line.startswith("[") and line.endswith("]"):
                section = self.command_options.setdefault(line[1:-1], {})
            elif "=" in line and section is not None:
                opt, _, value = line.partition("=")
                section[opt.strip().replace("-", "_")] = ("setup.cfg", value.strip())

    def get_option_dict(self, command, _empty={}):  # expect: HL101 refuted
        return self.command_options.get(command, _empty)


class build_ext:
    def __init__(self, dist):
        self.distribution, self.define, self.inplace = dist, None, None

    def finalize_options(self, macros):
        opts = self.distribution.get_option_dict("build_ext")
        self.inplace = opts.get("inplace", ("default", "0"))[1] == "1"
        defines = opts.setdefault("define", ("command line", []))[1]
        defines.extend(m for m in macros if m not in defines)
        self.define = [tuple(m.split("=", 1)) for m in defines]


def scenario():
    n = next(_ids)
    cmd = build_ext(Distribution(SETUP_CFG))
    cmd.finalize_options([f"VERSION_HASH={n:08x}", "NDEBUG=1"])
    return cmd.define
