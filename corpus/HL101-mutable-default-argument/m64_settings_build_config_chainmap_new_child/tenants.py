import settings as conf


def enable_features(config, names):
    for name in names:
        config[f"feature.{name}"] = True
    return config


def tenant_config(tenant, features=()):
    config = enable_features(conf.build_config(), features)
    config["tenant"] = tenant
    return config
