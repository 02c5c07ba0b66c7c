"""Build runner: each step of a pipeline is dispatched with
getattr(self, "step_" + kind) and writes its output lines into the log
list passed down from run(). run() takes that log as a list default but
copies it first, so the steps append to a fresh list per build."""
import itertools

_builds = itertools.count()


class Runner:
    def run(self, steps, log=[]):  # expect: HL101 refuted
        log = list(log)
        for kind, target in steps:
            getattr(self, "step_" + kind)(target, log)
        return "\n".join(log[-len(steps):])

    def step_compile(self, target, log):
        log.append(f"compiled {target} -> {target}.o")

    def step_test(self, target, log):
        log.append(f"tested {target}: 12 passed")

    def step_package(self, target, log):
        log.append(f"packaged {target}.tar.gz")


def scenario():
    n = next(_builds)
    steps = [("compile", f"svc-{n}"), ("test", f"svc-{n}"), ("package", f"svc-{n}")]
    return Runner().run(steps)
