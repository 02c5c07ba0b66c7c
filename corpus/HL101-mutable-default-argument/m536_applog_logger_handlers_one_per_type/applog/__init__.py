"""applog: a tiny logging facade."""
from .handlers import ConsoleHandler
from .loggers import get_logger

__all__ = ["ConsoleHandler", "get_logger"]
