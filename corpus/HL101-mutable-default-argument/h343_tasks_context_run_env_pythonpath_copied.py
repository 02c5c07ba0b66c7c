"""Task runner: Context.run() builds the child environment through the
concrete context's _build_env() hook; the local context returns a copy with the
project plugin directory prepended to PYTHONPATH."""
import itertools

_runs = itertools.count()


class Context:
    def run(self, command, env={}):  # expect: HL101 refuted
        child_env = self._build_env(env)
        return self._execute(command.split(), child_env)

    def _build_env(self, env):
        raise NotImplementedError

    def _execute(self, argv, env):
        raise NotImplementedError


class LocalContext(Context):
    plugin_dir = "/srv/project/.venv/lib/python3/site-packages/tasks"

    def _build_env(self, env):
        path = ":".join(filter(None, [self.plugin_dir, env.get("PYTHONPATH")]))
        return dict(env, PYTHONPATH=path)

    def _execute(self, argv, env):
        return len(argv), len(env)


def scenario():
    n = next(_runs)
    return LocalContext().run(f"pytest tests/test_{n}.py -q")
