"""Deployer: each call deploys one fresh build and runs the configured post-deploy hooks."""
import itertools

import deploy_settings

_builds = itertools.count(1)


def scenario():
    n = next(_builds)
    target = f"{deploy_settings.ENVIRONMENT}-web-{n}"
    log = []
    for name in deploy_settings.HOOKS:
        hook = __import__("hook_" + name).make(target)
        log.append(hook.run(n))
    return log
