"""Config loading: Config is a dict of the values found in a tenant's settings
file; __missing__ supplies a value for any key the file leaves out, from the
`fallbacks={...}` default of well-known keys or else derived from the key's
suffix. Requests look up per-tenant keys (TENANT_<n>_QUOTA, ..._BILLING_URL),
but the default is only read with get(), so the derived values go back to the
caller and the default keeps its two well-known keys."""
import itertools

_requests = itertools.count()


class Config(dict):
    def __missing__(self, key, fallbacks={"LOG_LEVEL": "INFO", "TIMEZONE": "UTC"}):  # expect: HL101 refuted
        if key.endswith("_QUOTA"):
            derived = 1000
        elif key.endswith("_URL"):
            derived = f"https://{key[:-4].lower().replace('_', '-')}.internal"
        else:
            derived = None
        return fallbacks.get(key, derived)


def load(text):
    return Config(line.split("=", 1) for line in text.splitlines() if "=" in line)


def scenario():
    n = next(_requests)
    config = load(f"DATABASE_URL=postgres://db/{n}\nTENANT_{n}_QUOTA=250\nLOG_LEVEL=DEBUG")
    tenant = f"TENANT_{n + 1}"
    return config[f"{tenant}_QUOTA"], config[f"{tenant}_BILLING_URL"], config["TIMEZONE"]
