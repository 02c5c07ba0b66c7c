LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


def add_logger(settings, name, level="INFO", handlers=("console",)):
    level = level.upper()
    if level not in LEVELS:
        raise ValueError("unknown log level %r for %s" % (level, name))
    logging_conf = settings["LOGGING"]
    loggers = logging_conf.setdefault("loggers", {})
    loggers[name] = {"level": level, "handlers": list(handlers), "propagate": False}
    return loggers[name]
