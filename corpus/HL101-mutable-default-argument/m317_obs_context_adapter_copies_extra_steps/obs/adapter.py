"""A LoggerAdapter-like wrapper that attaches context fields to every record."""


class ContextAdapter:
    def __init__(self, logger, extra={}):  # expect: HL101 refuted
        self.logger = logger
        self.extra = dict(extra)

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def info(self, msg, *args, **kwargs):
        msg, kwargs = self.process(msg, kwargs)
        self.logger.info(msg, *args, **kwargs)
