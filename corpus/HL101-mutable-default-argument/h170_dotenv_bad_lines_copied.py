"""Loader for .env files: each non-comment line is split once on "=" and
unpacked into key and value. A line without "=" makes the unpacking raise
ValueError and is reported in ``errors``. The function first copies the
errors it was given (the shared default or the caller's list), so the
malformed lines go into a fresh list per call and the default stays empty."""
import itertools

_ids = itertools.count()


def load_env(text, errors=[]):  # expect: HL101 refuted
    env, errors = {}, list(errors)
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
