"""Settings: KEY=VALUE lines from a deploy manifest are loaded into the app environment."""
import itertools
import textwrap


class AppEnv(dict):
    prefix = "APP_"

    def __setitem__(self, key, value):
        key = key.strip().upper()
        if key.startswith(self.prefix):
            super().__setitem__(key[len(self.prefix):].lower(), value.strip())


# heaplint-todo: whether each manifest line splits into a key and value is a test on text the model does not know (heaplint: unknown)
def load_env(text, env=AppEnv()):  # expect: HL101 confirmed
    for line in textwrap.dedent(text).splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        env.setdefault(key, value)
    return env


_deploys = itertools.count()


def scenario():
    n = next(_deploys)
    manifest = f"""
        # deploy {n}
        APP_MODE=production
        APP_WORKERS={n % 8 + 1}
        BUILD_{n}_SHA=abc{n:06x}
        CI_JOB_{n}=passed
    """
    return load_env(manifest).get("workers")
