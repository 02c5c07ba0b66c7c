"""Deploy settings: post-deploy hooks, by module suffix (hook_<name>)."""
HOOKS = ["notify", "cleanup"]
ENVIRONMENT = "staging"
