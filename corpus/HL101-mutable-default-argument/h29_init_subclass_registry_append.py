"""Task runner: every Task subclass is recorded by __init_subclass__; jobs define ad-hoc task classes."""
import itertools


class Task:
    def __init_subclass__(cls, registry=[], **kwargs):  # expect: HL101 confirmed
        super().__init_subclass__(**kwargs)
        if not hasattr(cls, "run"):
            raise TypeError(f"{cls.__name__} must define run()")
        registry.append(cls)
        cls.task_id = len(registry)


def make_task(name, payload):
    class AdHoc(Task):
        def run(self):
            return f"{name}:{payload}"

    AdHoc.__name__ = name
    return AdHoc


_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    task_cls = make_task(f"job{n}", n * 3)
    return task_cls().run()
