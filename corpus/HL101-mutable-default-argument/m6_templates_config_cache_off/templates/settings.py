"""Settings as deployed (the equivalent of a settings file read once at start-up)."""
RAW = {
    "TEMPLATE_CACHE": "off",
    "TEMPLATE_AUTOESCAPE": "1",
}


def flag(name, default="off"):
    return RAW.get(name, default).strip().lower() in ("1", "on", "true", "yes")
