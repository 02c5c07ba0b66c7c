from .config import build_config


def plan_release(env, version):
    config = build_config(env, {"image_tag": version})
    return [f"{config['env']}-{i}:{config['image_tag']}" for i in range(config["replicas"])]
