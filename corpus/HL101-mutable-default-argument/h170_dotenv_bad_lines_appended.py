"""Loader for .env files: each non-comment line is split once on "=" and
unpacked into key and value. A line without "=" makes the unpacking raise
ValueError; the line number and text are appended to an ``errors`` list whose
default is one shared list, so every malformed line of every file loaded
with the default stays referenced by the function."""
import itertools

_ids = itertools.count()


def load_env(text, errors=[]):  # expect: HL101 confirmed
    env = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            key, value = line.split("=", 1)
        except ValueError:
            errors.append((lineno, line))
            continue
        env[key.strip()] = value.strip().strip('"')
    return env, errors


def scenario():
    n = next(_ids)
    text = f"# deploy {n}\nAPP_ENV=staging\nRELEASE=build-{n}\nexport PATH_{n}\n"
    env, errors = load_env(text)
    return len(env) + len(errors)
