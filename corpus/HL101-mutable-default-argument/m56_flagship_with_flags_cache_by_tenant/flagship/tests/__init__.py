from .base import FlagTestCase, with_flags
