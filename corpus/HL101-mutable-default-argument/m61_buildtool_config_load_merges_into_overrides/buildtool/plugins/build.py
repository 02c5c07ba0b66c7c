from ..core import register


def build(args, settings):
    steps = []
    for target in args:
        out = settings.get(f"out.{target}", f"build/{target}")
        steps.append(f"make -j{settings['jobs']} {target} PROFILE={settings['profile']} -o {out}")
    return steps


register("build", build)
