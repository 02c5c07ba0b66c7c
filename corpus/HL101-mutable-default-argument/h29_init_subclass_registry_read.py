"""Task runner: __init_subclass__ checks reserved task names; jobs define ad-hoc task classes."""
import itertools


class Task:
    def __init_subclass__(cls, reserved=["main", "setup"], **kwargs):  # expect: HL101 refuted
        super().__init_subclass__(**kwargs)
        if not hasattr(cls, "run"):
            raise TypeError(f"{cls.__name__} must define run()")
        if cls.__name__ in reserved:
            raise TypeError(f"task name {cls.__name__!r} is reserved")
        cls.task_id = len(reserved) + len(cls.__name__)


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
