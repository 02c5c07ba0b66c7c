ENVIRONMENTS = {
    "staging": {"replicas": 2, "image_tag": "latest", "region": "eu-west-1"},
    "production": {"replicas": 6, "image_tag": "stable", "region": "eu-west-1"},
}


def _load(env):
    return dict(ENVIRONMENTS[env], env=env)


def build_config(env,
                 overrides={},  # expect: HL101 refuted
                 _cache={}):  # expect: HL101 confirmed
    key = (env, tuple(sorted(overrides.items())))
    if key not in _cache:
        _cache[key] = _load(env)
    return {**_cache[key], **overrides}
